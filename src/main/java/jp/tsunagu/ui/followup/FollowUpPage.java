package jp.tsunagu.ui.followup;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import jp.tsunagu.event.Event;
import jp.tsunagu.ui.EventStage;
import jp.tsunagu.ui.StagePage;
import jp.tsunagu.ui.UiContext;
import jp.tsunagu.ui.mail.MailTab;

/**
 * The フォローアップ stage: tabs for the work after the event. The first is the bridging of the seeds
 * of connection (with the follow-up report); the summary emails (送信) are the tab beside it.
 */
public final class FollowUpPage implements StagePage {
    private final FollowUpViewModel model;
    private final TabPane tabs = new TabPane();
    private final MailTab mail;

    public FollowUpPage(UiContext context) {
        this.model = new FollowUpViewModel(
                context,
                context.app().followUps(),
                context.app().personHistory(),
                context.app().followUpReport(),
                LocalDate::now);
        Tab seeds = new Tab(context.text("followup.ui.tab"), new FollowUpView(model));
        seeds.setId("followUpTab");
        seeds.setClosable(false);
        this.mail = new MailTab(context);
        tabs.setId("followUpTabs");
        tabs.getStyleClass().add("page");
        tabs.getTabs().addAll(seeds, mail.tab());
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
        model.show(event);
        mail.show(event);
    }

    /** The tabs, for another capability to add its own. */
    public TabPane tabs() {
        return tabs;
    }

    public FollowUpViewModel model() {
        return model;
    }

    public MailTab mail() {
        return mail;
    }
}
