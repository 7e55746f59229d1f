package jp.tsunagu.printing;

/** Tidying of text before it is measured and drawn. */
final class Texts {
    private Texts() {}

    /** One line: no null, no line breaks, runs of spaces as one. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** Several lines: no null, Windows line ends as \n, each line trimmed, no blank lines. */
    static String cleanKeepingLines(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\\r\\n|\\r|\\n")) {
            String c = clean(line);
            if (!c.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
