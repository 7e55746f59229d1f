package jp.tsunagu.followup;

import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.event.EventService;
import jp.tsunagu.outcome.OutcomeDraft;
import jp.tsunagu.outcome.Outcomes;
import jp.tsunagu.outcome.SeedStatus;
import jp.tsunagu.seating.SeatingService;
import jp.tsunagu.seating.SeatingSolver;
import jp.tsunagu.store.Database;

/**
 * Two small events counted by hand (the figures are worked out in {@code ReportFiguresTest}): an
 * earlier one where 鈴木, 佐藤 and 田中 sat at table 1, and the event of the report, with walk-ins,
 * no-shows, a YEG member, consenting and non-consenting people, and outcomes at two tables.
 */
final class TwoEvents {
    final EventPlan earlier;
    final EventPlan event;
    final long suzuki;
    final long sato;
    final long ito;
    final long kato;
    final long tanaka;
    final long yamada;
    final long kobayashi;
    final long nakamura;
    final long satoEarlier;
    final long seedSuzukiSato;
    final long seedSuzukiKato;
    final long seedTable2;
    final long step;
    final Outcomes outcomes;
    final EventService events;
    final SeatingService seating;

    TwoEvents(Database database) {
        EventDay day = new EventDay(database);
        events = day.fixture().events();
        var registrants = new jp.tsunagu.registrant.Registrants(database);
        var seats = new jp.tsunagu.seating.Seats(database);
        var history = new jp.tsunagu.seating.TablemateHistory(database, registrants, seats);
        events.onClose(history::record);
        seating = new SeatingService(database, events, registrants, seats, history, new SeatingSolver());
        outcomes = new Outcomes(database);

        earlier = day.event("春の交流会", LocalDate.of(2026, 6, 1));
        long suzukiEarlier = day.person(earlier, "鈴木一郎", "鈴木製作所", "製造業", "企業", false, "suzuki@example.jp", 1, 1);
        satoEarlier = day.person(earlier, "佐藤花子", "株式会社佐藤商店", "小売業", "企業", false, "", 1, 1);
        long tanakaEarlier = day.person(earlier, "田中次郎", "", "", "市民", false, "", 1, 1);
        for (long id : List.of(suzukiEarlier, satoEarlier, tanakaEarlier)) {
            day.checkIn(id);
        }
        // Closing the spring event keeps who sat with whom there, for "first-time pairs".
        events.close(earlier.event().id());

        event = day.event("掛川マッチング交流会", LocalDate.of(2026, 12, 5));
        suzuki = day.person(event, "鈴木一郎", "鈴木製作所", "製造業", "企業", false, "SUZUKI@example.jp", 1, 1);
        sato = day.person(event, "佐藤花子", "(株)佐藤商店", "小売業", "企業", false, "", 2, 1);
        ito = day.person(event, "伊藤三郎", "", "個人・市民", "市民", false, "ito@example.jp", 1, 1);
        kato = day.person(event, "加藤四郎", "加藤建設", "製造業", "掛川YEG会員", true, "kato@example.jp", 1, 1);
        tanaka = day.person(event, "田中次郎", "", "", "市民", false, "", 2, 2);
        yamada = day.person(event, "山田五郎", "山田農園", "農業", "団体", false, "yamada@example.jp", 2, 2);
        kobayashi = day.person(event, "小林六子", "", "その他", "市民", false, "kobayashi@example.jp", null, 2);
        nakamura = day.person(event, "中村七海", "中村茶園", "農業", "団体", true, "nakamura@example.jp", 2, 2);
        for (long id : List.of(suzuki, sato, ito, kato, nakamura)) {
            day.checkIn(id);
        }
        day.absent(tanaka);
        day.walkIn(kobayashi);
        day.consent(suzuki);
        day.consent(kato);
        day.consent(nakamura);

        long event = this.event.event().id();
        outcomes.add(event, 1, OutcomeDraft.interest("人手不足"));
        outcomes.add(event, 1, OutcomeDraft.interest("空き店舗の活用"));
        seedSuzukiSato = outcomes.add(event, 1, OutcomeDraft.seed("製造と小売の共同販売", List.of(suzuki, sato)));
        seedSuzukiKato = outcomes.add(event, 1, OutcomeDraft.seed("工場見学", List.of(suzuki, kato)));
        step = outcomes.add(event, 1, OutcomeDraft.step("見学日を決める", kato, LocalDate.of(2026, 12, 20)));
        seedTable2 = outcomes.add(event, 2, OutcomeDraft.seed("茶畑の体験会", List.of(kobayashi, nakamura)));
        outcomes.changeStatus(seedSuzukiSato, SeedStatus.INTRODUCED, LocalDate.of(2026, 12, 10), "メールで紹介");
        outcomes.changeStatus(seedSuzukiSato, SeedStatus.MET, LocalDate.of(2026, 12, 18), "商工会議所で面談");
        outcomes.changeStatus(seedSuzukiKato, SeedStatus.CLOSED, LocalDate.of(2026, 12, 12), "日程が合わず");
    }
}
