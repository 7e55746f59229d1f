package jp.tsunagu.outcome;

/** The three lists of a table's worksheet, stored and printed in this order. */
public enum OutcomeKind {
    /** 共通の関心点. */
    INTEREST("interest"),
    /** 生まれたつながりの芽: connects two or more of the table's participants. */
    SEED("seed"),
    /** 次の一歩: optional owner and due date. */
    STEP("step");

    private final String code;

    OutcomeKind(String code) {
        this.code = code;
    }

    /** The value in the store and in the command line's {@code --kind} and JSON. */
    public String code() {
        return code;
    }

    public static OutcomeKind of(String code) {
        for (OutcomeKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown outcome kind " + code);
    }
}
