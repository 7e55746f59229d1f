package jp.tsunagu.registrant;

import java.util.List;
import jp.tsunagu.text.Nfkc;
import jp.tsunagu.text.Organisations;

/**
 * The key under which spellings of one organisation are alike: {@code 株式会社X}, {@code (株)X},
 * {@code ㈱X} and {@code X株式会社} are one organisation (seating-objective.md). Used to flag possible
 * duplicates and to keep colleagues at different tables.
 */
public final class OrganisationKey {

    private static final List<String> LEGAL_FORMS = List.of(
            "特定非営利活動法人",
            "一般社団法人",
            "一般財団法人",
            "公益社団法人",
            "公益財団法人",
            "社会福祉法人",
            "株式会社",
            "有限会社",
            "合同会社",
            "合資会社",
            "合名会社",
            "医療法人",
            "学校法人",
            "npo法人",
            "(特非)",
            "(一社)",
            "(一財)",
            "(公社)",
            "(公財)",
            "(株)",
            "(有)",
            "(同)",
            "(福)",
            "(医)",
            "(学)");

    private OrganisationKey() {}

    /** The key, or "" when the person belongs to no organisation. */
    public static String of(String organisation) {
        // NFKC turns ㈱ into (株) and full-width brackets into ASCII ones.
        String s = Nfkc.compact(organisation);
        if (Organisations.isNone(s)) {
            return "";
        }
        for (String form : LEGAL_FORMS) {
            s = s.replace(form, "");
        }
        return Organisations.isNone(s) ? "" : s;
    }
}
