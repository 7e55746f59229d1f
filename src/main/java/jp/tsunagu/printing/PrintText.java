package jp.tsunagu.printing;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printing bundle in the app's language: Japanese by default, English when the app speaks English. */
public final class PrintText {
    private static final String BUNDLE = "jp.tsunagu.i18n.printing";

    private final Locale locale;
    private final ResourceBundle bundle;

    public PrintText(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's locale: an English laptop printing in Japanese must get Japanese.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PrintText japanese() {
        return new PrintText(Locale.JAPANESE);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A date as people write it on paper: 2026年12月5日（土） or Sat 5 December 2026. Empty for no date. */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(get("print.format.date"), locale).format(date);
    }
}
