package jp.tsunagu.followup;

import jp.tsunagu.registrant.OrganisationKey;
import jp.tsunagu.text.Nfkc;

/**
 * Who a person is across events (seating-objective.md, as the seating's earlier tablemates read it):
 * the same email, else the same name and organisation key. The name is compared after NFKC without
 * spaces, the email without case.
 */
final class PersonIdentity {
    private PersonIdentity() {}

    static boolean same(ReportPerson a, ReportPerson b) {
        String aMail = a.email() == null ? "" : a.email().strip();
        String bMail = b.email() == null ? "" : b.email().strip();
        if (!aMail.isEmpty() && aMail.equalsIgnoreCase(bMail)) {
            return true;
        }
        return nameKey(a).equals(nameKey(b));
    }

    private static String nameKey(ReportPerson p) {
        String name = Nfkc.compact(p.name());
        return name + "\u0000" + OrganisationKey.of(p.organisation());
    }
}
