package jp.tsunagu.printing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Kakegawa event as the documents get it: seven themed tables, their hosts and a crowd of participants. */
public final class PrintSamples {
    private PrintSamples() {}

    static final String LONG_ORGANISATION = "特定非営利活動法人 掛川まちづくりネットワーク協議会";
    static final String TEN_CHARACTER_NAME = "勅使河原左衛門三郎丸";

    static final String[][] THEMES = {
        {"空き家・跡地の新しい活用", "#C0504D"},
        {"農産物・お茶の未来のかたち", "#4E8542"},
        {"脱炭素・循環型社会をめざして", "#2E86AB"},
        {"食と循環の未来づくり", "#E08E2B"},
        {"子育て、教育からひろがる地域の未来", "#E7B416"},
        {"医療・福祉の連携と支え合い", "#C2467E"},
        {"デジタル・メタバースで広がる地域交流", "#6A4C93"},
    };

    private static final String[][] SURNAMES = {
        {"山田", "やまだ"}, {"佐藤", "さとう"}, {"鈴木", "すずき"}, {"高橋", "たかはし"}, {"田中", "たなか"},
        {"伊藤", "いとう"}, {"渡辺", "わたなべ"}, {"中村", "なかむら"}, {"小林", "こばやし"}, {"加藤", "かとう"},
        {"吉田", "よしだ"}, {"松本", "まつもと"}, {"井上", "いのうえ"}, {"木村", "きむら"}, {"斎藤", "さいとう"},
        {"清水", "しみず"}, {"山崎", "やまざき"}, {"森", "もり"}, {"池田", "いけだ"}, {"橋本", "はしもと"},
        {"石川", "いしかわ"}, {"前田", "まえだ"}, {"藤田", "ふじた"}, {"岡田", "おかだ"}, {"後藤", "ごとう"},
        {"長谷川", "はせがわ"}, {"村上", "むらかみ"}, {"近藤", "こんどう"}, {"大石", "おおいし"}, {"戸塚", "とつか"},
    };
    private static final String[][] GIVEN = {
        {"太郎", "たろう"}, {"花子", "はなこ"}, {"健一", "けんいち"}, {"由美", "ゆみ"}, {"翔太", "しょうた"},
        {"美咲", "みさき"}, {"大輔", "だいすけ"}, {"真理子", "まりこ"}, {"拓也", "たくや"}, {"彩", "あや"},
        {"誠", "まこと"}, {"陽菜", "ひな"}, {"和也", "かずや"}, {"恵", "めぐみ"}, {"悠人", "ゆうと"},
        {"千尋", "ちひろ"}, {"浩二", "こうじ"}, {"さくら", "さくら"}, {"隆", "たかし"}, {"里美", "さとみ"},
    };
    private static final String[] ORGANISATIONS = {
        "株式会社掛川茶園",
        "掛川信用金庫",
        "有限会社大東建設",
        "合同会社まちのデザイン室",
        "掛川市社会福祉協議会",
        "一般社団法人こどもの森",
        "株式会社ヤマハチ食品",
        "掛川グリーンエナジー株式会社",
        "とうもんの里 農家民宿",
        "医療法人 掛川中央クリニック",
        "株式会社デジタルフォレスト",
        "個人（市民）",
        "掛川商工会議所青年部",
        LONG_ORGANISATION,
    };
    private static final String[] TITLES = {"代表取締役", "", "事務局長", "営業部 課長", "", "理事", "店主", ""};
    private static final String[] CHALLENGES = {
        "空き店舗を活かした若者向けの拠点づくりを考えています。",
        "お茶の消費が減っており、新しい飲み方や観光との組み合わせを探しています。地域の学校とも連携したい。",
        "事業所の電気代とCO2を減らしたいが、何から始めればよいか分からない。",
        "規格外野菜の行き先がなく廃棄が多いこと。",
        "放課後の子どもの居場所が足りない。",
        "",
    };
    private static final String[] MISSING = {
        "資金と、改修を相談できる建築の専門家", "デザインとWeb発信のノウハウ", "人手（特に週末）", "", "物流と保管場所",
    };
    private static final String[] OFFERS = {
        "会議室を無料で貸し出せます", "お茶の淹れ方体験（出張可）", "太陽光発電の導入事例の紹介", "子ども向けプログラミング教室", "", "地域の高齢者の見守りネットワーク",
    };

    public static PrintableEvent kakegawa(int participants) {
        List<PrintableTable> tables = new ArrayList<>();
        List<PrintablePerson> people = new ArrayList<>();
        for (int t = 0; t < THEMES.length; t++) {
            int number = t + 1;
            String advisorName =
                    SURNAMES[(t * 7 + 3) % SURNAMES.length][0] + " " + GIVEN[(t * 3 + 1) % GIVEN.length][0];
            String facilitatorName =
                    SURNAMES[(t * 5 + 11) % SURNAMES.length][0] + " " + GIVEN[(t * 7 + 2) % GIVEN.length][0];
            PrintableStaff advisor = new PrintableStaff(advisorName, "静岡県立大学 地域連携センター");
            PrintableStaff facilitator = new PrintableStaff(facilitatorName, "掛川商工会議所青年部");
            tables.add(new PrintableTable(
                    number,
                    number + ". " + THEMES[t][0],
                    THEMES[t][1],
                    Optional.of(advisor),
                    Optional.of(facilitator)));
            people.add(new PrintablePerson(
                    advisorName, "", false, advisor.organisation(), "准教授", number, PersonRole.ADVISOR, "", "", ""));
            people.add(new PrintablePerson(
                    facilitatorName,
                    "",
                    false,
                    facilitator.organisation(),
                    "",
                    number,
                    PersonRole.FACILITATOR,
                    "",
                    "",
                    ""));
        }
        for (int i = 0; i < participants; i++) {
            String[] surname = SURNAMES[i % SURNAMES.length];
            String[] given = GIVEN[(i / SURNAMES.length + i * 7) % GIVEN.length];
            String name = surname[0] + " " + given[0];
            String reading = surname[1] + " " + given[1];
            String organisation = ORGANISATIONS[i % ORGANISATIONS.length];
            Integer table = i % 23 == 22 ? null : (i % 7) + 1;
            people.add(new PrintablePerson(
                    name,
                    reading,
                    i % 11 == 5,
                    organisation,
                    TITLES[i % TITLES.length],
                    table,
                    PersonRole.PARTICIPANT,
                    CHALLENGES[i % CHALLENGES.length],
                    MISSING[i % MISSING.length],
                    OFFERS[i % OFFERS.length]));
        }
        return new PrintableEvent(
                "掛川から未来を共につくる！「掛川マッチング交流会」", LocalDate.of(2026, 12, 5), "掛川商工会議所 大会議室", tables, people);
    }

    /** The Kakegawa event plus one participant with a ten-character name and a long organisation, at table 1. */
    public static PrintableEvent withLongNames(int participants) {
        PrintableEvent base = kakegawa(participants);
        List<PrintablePerson> people = new ArrayList<>(base.people());
        people.add(new PrintablePerson(
                TEN_CHARACTER_NAME,
                "てしがわら さえもんさぶろうまる",
                false,
                LONG_ORGANISATION,
                "理事長 兼 事務局長",
                1,
                PersonRole.PARTICIPANT,
                "空き家と跡地の活用について、市内の事例を集めて共有したい。特に中心市街地の空き店舗と、郊外の農地付き空き家の両方に関心があります。",
                "専門家とのつながり",
                "会議室、広報誌への掲載"));
        return new PrintableEvent(base.name(), base.date(), base.venue(), base.tables(), people);
    }
}
