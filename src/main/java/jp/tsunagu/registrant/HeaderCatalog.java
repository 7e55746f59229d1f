package jp.tsunagu.registrant;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.text.Nfkc;

/**
 * Recognises what a column holds from its header, whatever the form called it: Google Forms
 * ({@code 参加希望テーマ [第1希望]}), hand-made sheets ({@code 会社名・団体名}, {@code TEL}) and
 * ticketing-site exports ({@code 購入者氏名}, {@code 申込み日時}, {@code 参加枠名}).
 *
 * <p>The rules are tried in order and the first that fits wins; the order matters where headers
 * overlap ({@code お名前(ふりがな)} is a reading, not a name; {@code 連絡先メールの共有に同意} is consent,
 * not an email).
 */
public final class HeaderCatalog {

    private static final Pattern RANK = Pattern.compile(
            "第([1-3一二三])(?:希望|志望|候補)|(?:希望|志望|候補|テーマ|theme|choice)([1-3])(?![0-9])|([1-3])(?:st|nd|rd)(?:choice|preference)|([1-3])番目");

    private record Rule(Field field, Pattern pattern) {}

    private static Rule rule(Field field, String regex) {
        return new Rule(field, Pattern.compile(regex));
    }

    // Headers that name an account, an order or a ticket number look like names but are not.
    private static final Pattern NOT_A_PERSON =
            Pattern.compile("ユーザー名|ニックネーム|username|user_?id|注文id|注文番号|受付番号|チケット番号|会員番号|^id$|^no\\.?$|^番号$");
    private static final Pattern TABLE = Pattern.compile("テーブル|テーブル番号|テーブルno\\.?|卓|卓番号|table|tableno\\.?|着席テーブル|座席");
    private static final Pattern CHOICE_WORDS = Pattern.compile("希望|志望|テーマ|theme|choice|preference|分科会|グループ|テーブル");
    private static final Pattern READING_WORDS =
            Pattern.compile("ふりがな|フリガナ|よみがな|ヨミガナ|読み仮名|よみ|ヨミ|読み|カナ|かな|reading|furigana|kana");

    // What a consent question is about, and what it asks may be done with it. Asking for the details
    // themselves (「連絡先をお知らせください」) is not consent, so 「教え」「知らせ」「提供」 are not here.
    private static final String CONTACT = "連絡先|メールアドレス|アドレス|名刺|名簿|contact|e-?mailaddress";
    private static final String SHARING =
            "交換|共有|掲載|載せ|載る|公開|開示|配布|お渡し|share|sharing|exchang|publish|disclos|listed|inthelist";

    private static final List<Rule> RULES = List.of(
            // Consent by meaning: a question about sharing, exchanging, listing or publishing contact
            // details, in whatever words (「連絡先の交換を希望しますか」「名簿に連絡先を載せてもよいですか」).
            rule(
                    Field.CONSENT,
                    "(同意|consent|承諾|了承|許可|可否|ok).*(連絡先|共有|share|contact|公開|開示)"
                            + "|(連絡先|共有|share|contact|公開|開示).*(同意|consent|承諾|了承|許可|可否)"
                            + "|(" + CONTACT + ").*(" + SHARING + ")|(" + SHARING + ").*(" + CONTACT + ")"),
            rule(Field.EMAIL, "メール|mail"),
            rule(Field.TIMESTAMP, "タイムスタンプ|timestamp|日時|申込日|申し込み日|申込み日|登録日|回答日|購入日|注文日|受付日|^date$"),
            rule(Field.PHONE, "電話|^tel|tel$|phone|携帯|連絡先番号"),
            rule(Field.INDUSTRY, "業種|業界|業態|industry|事業内容"),
            rule(Field.TITLE, "役職|肩書|^title$|position|job"),
            rule(Field.CATEGORY, "区分|種別|属性|category|参加枠|チケット|ticket|参加形態|立場"),
            rule(Field.YEG, "yeg|青年部"),
            // Whether the person comes (出欠, 出席予定, 当日参加 ...), not a question about something else
            // they may attend (懇親会の出欠 is an extra answer); 参加者 alone names a person.
            rule(
                    Field.ATTENDANCE,
                    "^(?!.*(懇親|二次会|交流会後|送迎|昼食|弁当|見学|出席者|参加者|attendee)).*"
                            + "(出欠|出席|欠席|^当日参加|^参加(予定|可否|有無|状況|確認|の有無|の可否|します|しますか|されますか)?\\??$"
                            + "|ご参加|attend|^rsvp)"),
            rule(Field.ORGANISATION, "会社|団体|所属|企業|事業所|勤務先|法人名|組織|organi[sz]ation|company|affiliation|店名|屋号"),
            rule(Field.SDGS, "sdg|目標"),
            rule(Field.MISSING_RESOURCES, "不足|足りない|必要な資源|求めて|欲しい|resource|needs|ニーズ"),
            rule(Field.OFFERS, "提供|できること|得意|シーズ|offer|強み"),
            rule(Field.CHALLENGES, "課題|関心|悩み|challenge|interest|困りごと"),
            rule(Field.NOTES, "備考|メモ|note|remark|その他|コメント|ご意見|ご質問|連絡事項"));

    private static final Pattern FAMILY = Pattern.compile("^(姓|苗字|名字|lastname|familyname|surname)$");
    private static final Pattern GIVEN = Pattern.compile("^(名|firstname|givenname)$");
    private static final Pattern NAME = Pattern.compile("氏名|名前|参加者名|申込者名|購入者|芳名|代表者|担当者|表示名|^name$|fullname|^参加者$");

    private HeaderCatalog() {}

    /** What a header most likely holds; {@link Field#EXTRA} when nothing fits. */
    public static Field recognise(String header) {
        String h = normalise(header);
        if (h.isEmpty() || NOT_A_PERSON.matcher(h).find()) {
            return Field.EXTRA;
        }
        if (TABLE.matcher(h).matches()) {
            return Field.TABLE;
        }
        boolean reasonQuestion = h.contains("理由") || h.contains("reason") || h.contains("なぜ");
        if (!reasonQuestion && CHOICE_WORDS.matcher(h).find()) {
            int rank = rank(h);
            if (rank > 0) {
                return Field.values()[Field.CHOICE1.ordinal() + rank - 1];
            }
            if (h.contains("テーマ") || h.contains("theme") || h.contains("分科会")) {
                return Field.CHOICES;
            }
        }
        if (h.equals("セイ") || h.equals("せい")) {
            return Field.FAMILY_READING;
        }
        if (h.equals("メイ") || h.equals("めい")) {
            return Field.GIVEN_READING;
        }
        if (READING_WORDS.matcher(h).find() && !h.contains("メール") && !h.contains("mail")) {
            return reading(h);
        }
        for (Rule r : RULES) {
            if (r.pattern().matcher(h).find()) {
                return r.field();
            }
        }
        String bare = h.replaceAll("\\(.*?\\)|\\[.*?]", "");
        if (FAMILY.matcher(bare).find()) {
            return Field.FAMILY_NAME;
        }
        if (GIVEN.matcher(bare).find()) {
            return Field.GIVEN_NAME;
        }
        if (NAME.matcher(h).find()) {
            return Field.NAME;
        }
        return Field.EXTRA;
    }

    private static Field reading(String h) {
        if (h.matches(".*(会社|団体|所属|企業|組織).*")) {
            return Field.EXTRA;
        }
        String bare = h.replaceAll("\\(.*?\\)|\\[.*?]", "");
        if (bare.equals("セイ") || bare.equals("せい") || h.matches(".*(姓|苗字|名字|セイ|せい).*")) {
            return Field.FAMILY_READING;
        }
        if (bare.equals("メイ") || bare.equals("めい") || h.matches("^名(?!前).*|.*[（(]名[)）].*|.*メイ.*")) {
            return Field.GIVEN_READING;
        }
        return Field.READING;
    }

    private static int rank(String h) {
        Matcher m = RANK.matcher(h);
        if (!m.find()) {
            return 0;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            String v = m.group(g);
            if (v != null) {
                return switch (v) {
                    case "一" -> 1;
                    case "二" -> 2;
                    case "三" -> 3;
                    default -> Integer.parseInt(v);
                };
            }
        }
        return 0;
    }

    /** NFKC, lower case, without spaces and the marks forms add to required questions. */
    static String normalise(String header) {
        String h = Nfkc.of(header).toLowerCase(Locale.ROOT);
        h = h.replaceAll("[\\s\\u3000]+", "");
        h = h.replaceAll("【必須】|\\(必須\\)|\\[必須]|必須|\\*|※", "");
        return h.replace('【', '(').replace('】', ')');
    }
}
