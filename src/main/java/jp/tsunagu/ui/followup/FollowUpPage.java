package jp.tsunagu.ui.followup;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.mail.MailTab;

/**
 * The フォローアップ stage: tabs for the work after the event. The summary emails (送信) are one
 * tab; the bridging of the seeds of connection adds its own beside it.
 */
public final class FollowUpPage implements StagePage {
    private final TabPane tabs = new TabPane();
    private final MailTab mail;

    public FollowUpPage(UiContext context) {
        this.mail = new MailTab(context);
        tabs.setId("followUpTabs");
        tabs.getStyleClass().add("page");
        tabs.getTabs().add(mail.tab());
    }

    @Override
    public EventStage stage() {
        return EventStage.FOLLOW_UP;
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void show(Event event) {
        mail.show(event);
    }

    /** The tabs, for another capability to add its own. */
    public TabPane tabs() {
        return tabs;
    }

    public MailTab mail() {
        return mail;
    }
}
