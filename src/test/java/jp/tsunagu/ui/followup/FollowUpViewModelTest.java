package jp.tsunagu.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.followup.PersonPage;
import jp.tsunagu.followup.SeedFollowUp;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.ui.ScriptedDialogs;
import jp.tsunagu.ui.UndoManager;
import jp.tsunagu.ui.outcome.HeldEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpViewModelTest {
    @TempDir
    Path folder;

    private Tsunagu app;
    private HeldEvent held;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final UndoManager undo = new UndoManager();
    private FollowUpViewModel model;
    private long first;
    private long second;

    @BeforeEach
    void open() {
        app = Tsunagu.open(folder.resolve("store.db"));
        held = new HeldEvent(app, LocalDate.of(2026, 12, 5));
        first = app.outcomes().add(held.eventId(), 1, OutcomeDraft.seed("共同販売", held.table1.subList(0, 2)));
        second = app.outcomes().add(held.eventId(), 2, OutcomeDraft.seed("茶畑の見学", held.table2));
        app.outcomes().changeStatus(second, SeedStatus.MET, LocalDate.of(2027, 1, 5), "面談した");
        model = new FollowUpViewModel(
                jp.tsunagu.ui.outcome.UiContexts.of(app, dialogs, undo),
                app.followUps(),
                app.personHistory(),
                app.followUpReport(),
                () -> LocalDate.of(2027, 1, 20));
        model.show(held.plan.event());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void filtersByStatusTablePersonAndOverdue() {
        assertThat(model.seeds()).hasSize(2);
        assertThat(model.tables()).containsExactly(1, 2);
        // Never moved since 12-05: 46 days by 01-20, overdue; the other met on 01-05.
        assertThat(model.seeds().get(0).overdue()).isTrue();
        assertThat(model.seeds().get(1).overdue()).isFalse();

        model.overdueOnly().set(true);
        assertThat(model.seeds()).extracting(s -> s.seed().id()).containsExactly(first);
        model.overdueOnly().set(false);
        model.statusFilter().set(SeedStatus.MET);
        assertThat(model.seeds()).extracting(s -> s.seed().id()).containsExactly(second);
        model.statusFilter().set(null);
        model.tableFilter().set(1);
        assertThat(model.seeds()).extracting(s -> s.seed().id()).containsExactly(first);
        model.tableFilter().set(null);
        // Organisations are searched too.
        model.personFilter().set("大野茶園");
        assertThat(model.seeds()).extracting(s -> s.seed().id()).containsExactly(second);
    }

    @Test
    void recordingAStatusKeepsItDatedAndUndoTakesItBack() {
        model.selected().set(model.seeds().getFirst());
        assertThat(model.record(SeedStatus.INTRODUCED, LocalDate.of(2027, 1, 19), "メールで紹介"))
                .isTrue();

        assertThat(model.selected().get().status()).isEqualTo(SeedStatus.INTRODUCED);
        assertThat(model.selected().get().overdue()).isFalse();
        assertThat(model.selected().get().history()).hasSize(1);
        assertThat(model.selected().get().history().getFirst().note()).isEqualTo("メールで紹介");

        undo.undo();
        assertThat(app.outcomes().get(first).status()).isEqualTo(SeedStatus.NEW);
        assertThat(app.outcomes().history(held.eventId()).get(first)).isNull();
        undo.redo();
        assertThat(app.outcomes().get(first).status()).isEqualTo(SeedStatus.INTRODUCED);
    }

    @Test
    void aPersonsPageAndTheReportFromTheButton() throws Exception {
        model.openPerson(model.seeds().getFirst().people().getFirst());
        assertThat(model.person().get().visits()).hasSize(1);
        assertThat(model.person().get().visits().getFirst().tablemates()).hasSize(3);
        assertThat(model.person().get().connections()).hasSize(1);
        model.closePerson();
        assertThat(model.person().get()).isNull();

        dialogs.saveAs = folder.resolve("報告");
        model.exportReport();
        Path written = folder.resolve("報告.pdf");
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.opened).containsExactly(written);
        assertThat(Files.readAllBytes(written)).startsWith("%PDF".getBytes());

        dialogs.saveAs = folder.resolve("report.xlsx");
        model.exportReport();
        assertThat(Files.size(folder.resolve("report.xlsx"))).isPositive();
        assertThat(dialogs.opened).hasSize(2);
    }

    @Test
    void aRemovedTablesSeedSaysSoOnTheListAndOnAPersonsPage() {
        // Table 1 goes; table 2 becomes table 1. Its seed keeps the number table 1 had, marked.
        app.events().removeTable(held.eventId(), 1, true);
        model.refresh();

        assertThat(model.tables()).containsExactly(1);
        SeedFollowUp removed = model.seeds().stream()
                .filter(s -> s.seed().id() == first)
                .findFirst()
                .orElseThrow();
        SeedFollowUp kept = model.seeds().stream()
                .filter(s -> s.seed().id() == second)
                .findFirst()
                .orElseThrow();
        assertThat(model.table(removed.seed())).isEqualTo("1（削除）");
        assertThat(model.table(kept.seed())).isEqualTo("1");

        model.openPerson(removed.people().getFirst());
        PersonPage.Connection gone = model.person().get().connections().getFirst();
        assertThat(model.connectionLine(gone)).isEqualTo("掛川マッチング交流会　テーブル1（削除）：共同販売　― 井上花子（未着手）");

        model.openPerson(kept.people().getFirst());
        PersonPage.Connection here = model.person().get().connections().getFirst();
        assertThat(model.connectionLine(here)).isEqualTo("掛川マッチング交流会　テーブル1：茶畑の見学　― 加藤六子（面談済み）");
    }
}
