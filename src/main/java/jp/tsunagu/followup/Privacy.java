package jp.tsunagu.followup;

import jp.tsunagu.i18n.Messages;

/**
 * The report's privacy rule (product.md): a person is named (name, organisation) only when they
 * agreed to share their contact details; everyone else is 「参加者」. No email address or phone
 * number is ever shown, so none is ever asked for here.
 */
final class Privacy {
    private Privacy() {}

    static String name(ReportPerson p, Messages messages) {
        if (p == null || !p.consent()) {
            return messages.get("followup.report.anonymous");
        }
        return p.organisation().isBlank()
                ? p.name()
                : messages.get("followup.report.nameWithOrganisation", p.name(), p.organisation());
    }
}
