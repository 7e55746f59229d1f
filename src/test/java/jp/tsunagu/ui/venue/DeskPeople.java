package jp.tsunagu.ui.venue;

import java.util.ArrayList;
import java.util.List;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.event.EventDetails;
import jp.tsunagu.event.EventPlan;
import jp.tsunagu.registrant.Registrant;

/** An event of 70 people whose readings are all different (no reading inside another), seated. */
final class DeskPeople {
    static final String[] FAMILY = {"やまだ", "すずき", "たなか", "さとう", "いとう", "わたなべ", "なかむら", "こばやし", "かとう", "よしだ"};
    static final String[] FAMILY_KANJI = {"山田", "鈴木", "田中", "佐藤", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田"};
    static final String[] GIVEN = {"はなこ", "たろう", "みさき", "りょうへい", "めぐみ", "ともこ", "だいすけ"};
    static final String[] GIVEN_KANJI = {"花子", "太郎", "美咲", "亮平", "恵", "智子", "大輔"};

    record Person(long id, String name, String reading) {}

    private DeskPeople() {}

    static EventPlan event(Tsunagu app) {
        return app.events().create(new EventDetails("掛川マッチング交流会", java.time.LocalDate.of(2026, 12, 5), "掛川商工会議所"));
    }

    /** 70 people, 10 families x 7 given names, each at their 1st choice where the seating puts them. */
    static List<Person> add(Tsunagu app, EventPlan plan) {
        List<Person> people = new ArrayList<>();
        long event = plan.event().id();
        for (int f = 0; f < FAMILY.length; f++) {
            for (int g = 0; g < GIVEN.length; g++) {
                String name = FAMILY_KANJI[f] + " " + GIVEN_KANJI[g];
                String reading = FAMILY[f] + " " + GIVEN[g];
                Registrant r =
                        Registrant.byHand(name, reading, "会社" + f + "-" + g, "p" + f + g + "@example.jp").toBuilder()
                                .choice1(1 + (f + g) % 7)
                                .build();
                long id = app.registrants().add(event, r).id();
                people.add(new Person(id, name, reading));
            }
        }
        app.seating().assign(event);
        return people;
    }
}
