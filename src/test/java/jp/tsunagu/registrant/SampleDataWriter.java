package jp.tsunagu.registrant;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the fictional registrant files in {@code sample-data/} (and the large workbook the import
 * benchmark reads). Every name, company and address is invented; emails are on example.com and
 * example.jp. Run: {@code java -cp ... jp.tsunagu.registrant.SampleDataWriter [folder]}.
 */
public final class SampleDataWriter {

    static final List<String> FORM_HEADER = List.of(
            "タイムスタンプ",
            "お名前",
            "ふりがな",
            "会社名・団体名",
            "役職",
            "業種",
            "区分",
            "メールアドレス",
            "電話番号",
            "参加希望テーマ [第1希望]",
            "参加希望テーマ [第2希望]",
            "参加希望テーマ [第3希望]",
            "今の課題・関心",
            "不足している資源",
            "提供できること",
            "関心のあるSDGsの目標",
            "連絡先共有への同意");

    static final List<String> THEMES = TestWorkbooks.KAKEGAWA.stream()
            .map(t -> t.number() + "." + t.name())
            .toList();

    private static final String[][] FAMILY = {
        {"山田", "やまだ", "yamada"}, {"鈴木", "すずき", "suzuki"}, {"佐藤", "さとう", "sato"},
        {"高橋", "たかはし", "takahashi"}, {"田中", "たなか", "tanaka"}, {"伊藤", "いとう", "ito"},
        {"渡辺", "わたなべ", "watanabe"}, {"中村", "なかむら", "nakamura"}, {"小林", "こばやし", "kobayashi"},
        {"加藤", "かとう", "kato"}, {"吉田", "よしだ", "yoshida"}, {"松本", "まつもと", "matsumoto"},
        {"井上", "いのうえ", "inoue"}, {"木村", "きむら", "kimura"}, {"清水", "しみず", "shimizu"},
        {"森", "もり", "mori"}, {"池田", "いけだ", "ikeda"}, {"石川", "いしかわ", "ishikawa"},
        {"村松", "むらまつ", "muramatsu"}, {"大石", "おおいし", "oishi"}, {"戸塚", "とつか", "totsuka"},
        {"榛葉", "しんば", "shinba"}, {"赤堀", "あかほり", "akahori"}, {"河合", "かわい", "kawai"}
    };
    private static final String[][] GIVEN = {
        {"太郎", "たろう", "taro"},
        {"花子", "はなこ", "hanako"},
        {"健", "けん", "ken"},
        {"恵", "めぐみ", "megumi"},
        {"翔太", "しょうた", "shota"},
        {"美咲", "みさき", "misaki"},
        {"大輔", "だいすけ", "daisuke"},
        {"由美", "ゆみ", "yumi"},
        {"誠", "まこと", "makoto"},
        {"彩", "あや", "aya"},
        {"浩二", "こうじ", "koji"},
        {"真由美", "まゆみ", "mayumi"},
        {"拓也", "たくや", "takuya"},
        {"智子", "ともこ", "tomoko"},
        {"直樹", "なおき", "naoki"},
        {"優子", "ゆうこ", "yuko"},
        {"亮", "りょう", "ryo"},
        {"千尋", "ちひろ", "chihiro"}
    };
    private static final String[][] ORGS = {
        {"株式会社つなぐ茶園", "農業・茶業"},
        {"(株)掛川グリーンエナジー", "エネルギー"},
        {"有限会社ことのは工務店", "建設・不動産"},
        {"NPO法人 かけがわ子育てネット", "NPO・市民活動"},
        {"合同会社デジタルひだまり", "情報通信"},
        {"㈱遠州フードラボ", "食品製造"},
        {"一般社団法人 まちの縁側", "NPO・市民活動"},
        {"医療法人 さくら会", "医療・福祉"},
        {"株式会社大池不動産", "建設・不動産"},
        {"掛川やさい畑", "農業・茶業"},
        {"しずおか循環デザイン株式会社", "製造業"},
        {"学校法人 ひかり学園", "教育"},
        {"(有)とうもんカフェ", "飲食"},
        {"株式会社メタみらい", "情報通信"},
        {"社会福祉法人 あおば福祉会", "医療・福祉"},
        {"城下町デザイン室", "デザイン・広告"}
    };
    private static final String[] CATEGORIES = {"SDGsプラットフォーム登録企業", "SDGsプラットフォーム登録団体", "市民", "掛川YEG会員"};
    private static final String[] TITLES = {"代表取締役", "理事長", "部長", "課長", "担当", "", "事務局長", "店主"};
    private static final String[] CHALLENGES = {
        "空き店舗を地域の居場所として活かしたい", "お茶の新しい飲まれ方を探している", "脱炭素の取り組みを何から始めるか悩んでいる",
        "規格外野菜の活用先を探している", "子育て世代とつながる場が少ない", "介護と医療の情報共有が課題",
        "若手人材の採用が難しい", "デジタル化を進めたいが社内に詳しい人がいない"
    };
    private static final String[] MISSING = {"人手", "資金", "情報発信の手段", "場所", "専門知識", "若い世代とのつながり", "ITに詳しい人"};
    private static final String[] OFFERS = {
        "会議室の貸し出し", "農産物の提供", "ウェブサイト制作の相談", "イベント運営のノウハウ", "子育て支援の経験", "空き倉庫", "現場見学の受け入れ", "広報誌への掲載"
    };
    private static final String[] SDGS = {"11", "2, 12", "7, 13", "3", "4, 5", "8, 9", "11, 17", "12, 14, 15"};

    private static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd H:mm:ss");

    private SampleDataWriter() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        Files.createDirectories(dir);
        writeFormWorkbook(dir.resolve("registrants.xlsx"), formRows());
        Files.writeString(dir.resolve("tickets-cp932.csv"), ticketCsv(), Charset.forName("windows-31j"));
        writeLegacyXls(dir.resolve("legacy-roster.xls"));
        System.out.println("wrote " + dir.toAbsolutePath());
    }

    /** One generated form answer; phone null means a number cell that lost its leading 0. */
    record Answer(List<Object> cells) {}

    /** The ~60 answers of the sample form, with its awkward cases. */
    public static List<List<Object>> formRows() {
        List<List<Object>> rows =
                new ArrayList<>(generate(56, new Random(20261205), LocalDateTime.of(2026, 10, 1, 9, 0)));
        // A re-registration: the same email later, with a changed 2nd choice.
        List<Object> again = new ArrayList<>(rows.get(4));
        again.set(0, "2026/11/20 21:15:00");
        again.set(10, THEMES.get(6));
        rows.add(again);
        // Full-width letters, digits, @ and spaces, as typed on a phone keyboard.
        rows.add(List.of(
                "2026/11/21 8:02:44",
                "ＡＢＣ　ジョーンズ",
                "えーびーしー じょーんず",
                "ＡＢＣ合同会社",
                "代表",
                "情報通信",
                "市民",
                "ＡＢＣ．ｊｏｎｅｓ＠ＥＸＡＭＰＬＥ．ＣＯＭ",
                "０９０－１２３４－５６７８",
                "７",
                "デジタル",
                "",
                "",
                "",
                "",
                "",
                "同意する"));
        // A possible duplicate: same name and company as row 2 of the answers, another email.
        List<Object> dup = new ArrayList<>(rows.getFirst());
        dup.set(0, "2026/11/22 12:00:00");
        dup.set(7, "private." + dup.get(7).toString().replace("@example.com", "@example.jp"));
        dup.set(3, dup.get(3).toString().replace("株式会社", "(株)"));
        rows.add(dup);
        // No theme chosen at all, and a name with 髙 and a reading in katakana.
        rows.add(List.of(
                "2026/11/23 7:45:10",
                "髙橋 誠一",
                "タカハシ セイイチ",
                "城下町デザイン室",
                "",
                "デザイン・広告",
                "市民",
                "seiichi.takahashi@example.jp",
                537221234,
                "",
                "",
                "",
                "何ができるか話を聞きたい",
                "",
                "",
                "",
                "はい"));
        // A name the print font cannot draw.
        rows.add(List.of(
                "2026/11/23 9:30:00",
                "𠮷川 千尋",
                "よしかわ ちひろ",
                "掛川やさい畑",
                "",
                "農業・茶業",
                "SDGsプラットフォーム登録団体",
                "chihiro.yoshikawa@example.com",
                "0537-00-0000",
                "食と循環",
                "お茶",
                "空き家",
                "",
                "",
                "",
                "2",
                "同意しない"));
        List<List<Object>> out = new ArrayList<>();
        out.add(new ArrayList<>(FORM_HEADER));
        out.addAll(rows);
        return out;
    }

    /** The header of the sample form, for the benchmark's larger workbook. */
    public static List<String> formHeader() {
        return FORM_HEADER;
    }

    /** {@code count} generated answers in the sample layout, all with distinct emails. */
    public static List<List<Object>> answers(int count, Random random, LocalDateTime start) {
        return generate(count, random, start);
    }

    /** Generated answers in the sample layout (the benchmark asks for thousands). */
    static List<List<Object>> generate(int count, Random random, LocalDateTime start) {
        List<List<Object>> rows = new ArrayList<>();
        LocalDateTime time = start;
        java.util.Set<String> emails = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            String[] f = FAMILY[(i * 7 + random.nextInt(3)) % FAMILY.length];
            String[] g = GIVEN[(i * 5 + random.nextInt(4)) % GIVEN.length];
            String[] org = ORGS[random.nextInt(ORGS.length)];
            String category = i % 6 == 5 ? CATEGORIES[3] : CATEGORIES[random.nextInt(3)];
            boolean citizen = category.equals("市民");
            time = time.plusMinutes(30 + random.nextInt(600)).withSecond(random.nextInt(60));
            int first = random.nextInt(7);
            int second = (first + 1 + random.nextInt(6)) % 7;
            int third = (second + 1 + random.nextInt(5)) % 7;
            if (third == first) {
                third = (third + 1) % 7;
            }
            String domain = "@example." + (i % 3 == 0 ? "jp" : "com");
            String email = g[2] + "." + f[2] + domain;
            if (!emails.add(email)) {
                email = g[2] + "." + f[2] + i + domain;
                emails.add(email);
            }
            Object phone = i % 9 == 4
                    ? (Object) (9000000000d + i * 1234567d)
                    : String.format("0537-%02d-%04d", 20 + i % 70, (i * 37) % 10000);
            rows.add(List.of(
                    time.format(FORM_TIME),
                    f[0] + " " + g[0],
                    f[1] + " " + g[1],
                    citizen ? "" : org[0],
                    citizen ? "" : TITLES[random.nextInt(TITLES.length)],
                    citizen ? "個人・市民" : org[1],
                    category,
                    email,
                    phone,
                    THEMES.get(first),
                    THEMES.get(second),
                    random.nextInt(5) == 0 ? "" : THEMES.get(third),
                    CHALLENGES[random.nextInt(CHALLENGES.length)],
                    MISSING[random.nextInt(MISSING.length)],
                    OFFERS[random.nextInt(OFFERS.length)],
                    SDGS[random.nextInt(SDGS.length)],
                    random.nextInt(4) == 0 ? "同意しない" : "同意する"));
        }
        return rows;
    }

    /** A Google Forms export: one sheet "フォームの回答 1", bold header, a timestamp format. */
    public static void writeFormWorkbook(Path file, List<List<Object>> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("フォームの回答 1");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            // Row by row: the streaming workbook keeps only the last rows in memory.
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                    if (r == 0) {
                        row.getCell(c).setCellStyle(bold);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** A ticketing site's participant export in Shift_JIS (CP932), as Excel on Windows expects. */
    static String ticketCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append("注文ID,申込み日時,チケット名,購入者氏名,購入者氏名（カナ）,購入者メールアドレス,電話番号,会社名・団体名,業種,")
                .append("参加希望テーマ（第1希望）,参加希望テーマ（第2希望）,参加希望テーマ（第3希望）,連絡先の共有に同意します,主催者へのメッセージ\r\n");
        String[][] people = {
            {"村松 直樹", "ムラマツ ナオキ", "naoki.muramatsu@example.jp", "株式会社はるかぜ農園", "農業・茶業", "2", "4", "3"},
            {"大石 優子", "オオイシ ユウコ", "yuko.oishi@example.com", "（株）オオイシ住建", "建設・不動産", "1", "3", ""},
            {"戸塚 亮", "トツカ リョウ", "ryo.totsuka@example.jp", "", "個人・市民", "子育て", "デジタル", "空き家"},
            {"榛葉 彩", "シンバ アヤ", "aya.shinba@example.com", "合同会社みどりの手", "製造業", "3", "4", "2"},
            {"赤堀 浩二", "アカホリ コウジ", "koji.akahori@example.jp", "掛川商工会議所青年部", "サービス", "7", "1", "5"},
            {"河合 智子", "カワイ トモコ", "tomoko.kawai@example.com", "社会福祉法人 ふじの会", "医療・福祉", "6", "5", ""},
            {"清水 拓也", "シミズ タクヤ", "takuya.shimizu@example.jp", "㈲清水製茶", "農業・茶業", "お茶", "食と循環", "観光"},
            {"池田 美咲", "イケダ ミサキ", "misaki.ikeda@example.com", "NPO法人 えんしゅう食堂", "NPO・市民活動", "4", "5", "6"},
            {"石川 健", "イシカワ ケン", "ken.ishikawa@example.jp", "株式会社ステラ電工", "エネルギー", "3", "7", "1"},
            {"森 由美", "モリ ユミ", "yumi.mori@example.com", "", "個人・市民", "5", "", ""},
            {"井上 誠", "イノウエ マコト", "makoto.inoue@example.jp", "掛川商工会議所青年部", "飲食", "2", "4", "7"},
            {"木村 千尋", "キムラ チヒロ", "chihiro.kimura@example.com", "株式会社ひだまりデジタル", "情報通信", "7", "5", "1"}
        };
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            String ticket = p[3].contains("青年部") ? "掛川YEG会員枠" : (p[3].isEmpty() ? "市民枠" : "企業・団体枠");
            String message = i == 2 ? "\"子連れで参加します。\n託児はありますか？\"" : (i == 5 ? "\"車いすで伺います, よろしくお願いします\"" : "");
            sb.append(String.join(
                            ",",
                            "P" + (10230 + i),
                            String.format("2026/10/%02d %d:%02d", 5 + i, 9 + i % 10, (i * 13) % 60),
                            ticket,
                            p[0],
                            p[1],
                            p[2],
                            String.format("090-%04d-%04d", 1000 + i * 111, 2000 + i * 7),
                            p[3],
                            p[4],
                            p[5],
                            p[6],
                            p[7],
                            i % 4 == 3 ? "いいえ" : "はい",
                            message))
                    .append("\r\n");
        }
        return sb.toString();
    }

    /** A hand-kept Excel 97-2003 roster: merged title row, a blank row, then the header; a total at the foot. */
    static void writeLegacyXls(Path file) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("参加者名簿");
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("掛川マッチング交流会　参加者名簿（2026年12月5日）"));
            rows.add(List.of());
            rows.add(List.of("No.", "氏名", "フリガナ", "所属", "区分", "E-mail", "TEL", "第1希望", "第2希望", "第3希望", "備考"));
            String[][] people = {
                {
                    "中村 大輔",
                    "ナカムラ ダイスケ",
                    "株式会社なかむら精機",
                    "SDGsプラットフォーム登録企業",
                    "daisuke.nakamura@example.jp",
                    "1",
                    "3",
                    "7",
                    ""
                },
                {
                    "小林 真由美",
                    "コバヤシ マユミ",
                    "かけがわ子育てネット",
                    "SDGsプラットフォーム登録団体",
                    "mayumi.kobayashi@example.com",
                    "5",
                    "6",
                    "",
                    "受付で資料を受け取る"
                },
                {"加藤 翔太", "カトウ ショウタ", "加藤建築設計事務所", "掛川YEG会員", "shota.kato@example.jp", "1", "7", "2", ""},
                {"松本 恵", "マツモト メグミ", "", "市民", "megumi.matsumoto@example.com", "4", "2", "5", ""},
                {"渡辺 直樹", "ワタナベ ナオキ", "(株)遠州ソーラー", "SDGsプラットフォーム登録企業", "naoki.watanabe@example.jp", "3", "", "", "遅れて参加"
                },
                {"伊藤 花子", "イトウ ハナコ", "医療法人 いとう医院", "SDGsプラットフォーム登録企業", "hanako.ito@example.com", "6", "5", "3", ""},
                {"", "", "（株）名前なし商事", "SDGsプラットフォーム登録企業", "noname@example.com", "2", "", "", "名前の記入漏れ"},
                {"田中 拓也", "タナカ タクヤ", "掛川商工会議所青年部", "掛川YEG会員", "takuya.tanaka@example.jp", "7", "1", "4", ""}
            };
            for (int i = 0; i < people.length; i++) {
                String[] p = people[i];
                List<Object> row = new ArrayList<>();
                row.add(i + 1);
                row.add(p[0]);
                row.add(p[1]);
                row.add(p[2]);
                row.add(p[3]);
                row.add(p[4]);
                row.add("0537-2" + i + "-51" + (10 + i));
                row.add(p[5].isEmpty() ? "" : THEMES.get(Integer.parseInt(p[5]) - 1));
                row.add(p[6].isEmpty() ? "" : THEMES.get(Integer.parseInt(p[6]) - 1));
                row.add(p[7].isEmpty() ? "" : THEMES.get(Integer.parseInt(p[7]) - 1));
                row.add(p[8]);
                rows.add(row);
            }
            rows.add(List.of("合計", people.length + "名"));
            TestWorkbooks.fill(sheet, rows);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
