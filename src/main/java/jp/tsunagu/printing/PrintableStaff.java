package jp.tsunagu.printing;

/** An advisor or facilitator as printed on signs and worksheets. */
public record PrintableStaff(String name, String organisation) {
    public PrintableStaff {
        name = Texts.clean(name);
        organisation = Texts.clean(organisation);
    }
}
