package jp.tsunagu.ui.mail;

import javafx.scene.control.Tab;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.UiContext;

/** The 送信 tab of the フォローアップ stage: the summary emails. */
public final class MailTab {
    private final MailViewModel model;
    private final Tab tab;

    public MailTab(UiContext context) {
        this.model = new MailViewModel(context, context.app().mail());
        this.tab = new Tab(context.text("mail.ui.tab"), new MailView(context, model));
        tab.setId("mailTab");
        tab.setClosable(false);
    }

    public Tab tab() {
        return tab;
    }

    public void show(Event event) {
        model.show(event);
    }

    public MailViewModel model() {
        return model;
    }
}
