package jp.tsunagu.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every user-visible string, from one bundle pair per area: {@code <area>.properties} is Japanese
 * (the default), {@code <area>_en.properties} English. Areas keep teams out of each other's files.
 */
public final class Messages {
    /** The areas, each a bundle pair under {@code jp/tsunagu/i18n/}. */
    public static final List<String> AREAS = List.of(
            "core",
            "event",
            "ui",
            "cli",
            "registrant",
            "seating",
            "printing",
            "sheet",
            "outcome",
            "followup",
            "mail",
            "venue");

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    // No fallback to the system locale: asking for Japanese on an English machine must give Japanese.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale, List<ResourceBundle> bundles) {
        this.locale = locale;
        this.bundles = bundles;
    }

    /** Japanese for a Japanese locale, English for any other. */
    public static Messages forLocale(Locale requested) {
        Locale locale = "ja".equals(requested.getLanguage()) ? JAPANESE : ENGLISH;
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String area : AREAS) {
            bundles.add(
                    ResourceBundle.getBundle(bundleName(area), locale, Messages.class.getClassLoader(), NO_FALLBACK));
        }
        return new Messages(locale, List.copyOf(bundles));
    }

    public static String bundleName(String area) {
        return "jp.tsunagu.i18n." + area;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isJapanese() {
        return locale.getLanguage().equals("ja");
    }

    /** The text for {@code key}, with {@code args} put in by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                // Always through MessageFormat, so every text follows one quoting rule ('' for ').
                return new MessageFormat(pattern, locale).format(args);
            }
        }
        throw new MissingResourceException("No text for " + key, Messages.class.getName(), key);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        bundles.forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }
}
