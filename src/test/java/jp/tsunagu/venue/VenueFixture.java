package jp.tsunagu.venue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.seating.Participant;
import jp.tsunagu.seating.SeatingInstances;
import jp.tsunagu.seating.SeatingProblem;
import jp.tsunagu.seating.StoreFixture;

/** A whole app on a temporary store, with a generated event seated by the automatic seating. */
final class VenueFixture implements AutoCloseable {
    final Tsunagu app;
    final StoreFixture store;
    EventPlan plan;
    final List<Long> ids = new ArrayList<>();

    VenueFixture(Path file) {
        app = Tsunagu.open(file);
        store = new StoreFixture(app.database());
    }

    long event() {
        return plan.event().id();
    }

    /** An event of the seven default tables with {@code people} generated registrants, seated. */
    VenueFixture seated(int people, long seed) {
        plan = store.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
        SeatingProblem generated =
                SeatingInstances.generate(new SeatingInstances.Shape("venue", people, 7, 1, null, 0, 0.2, 0, seed));
        for (Participant p : generated.participants()) {
            ids.add(store.person(
                    plan,
                    p.name(),
                    p.organisationKey(),
                    p.industry(),
                    p.yeg(),
                    "p" + p.id() + "@example.jp",
                    p.choice1(),
                    p.choice2(),
                    p.choice3()));
        }
        app.seating().assign(event());
        return this;
    }

    VenueService venue() {
        return app.venue();
    }

    @Override
    public void close() {
        app.close();
    }
}
