package jp.tsunagu.ui;

import java.util.Locale;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.store.Settings;

/**
 * The window's language: Japanese by default, English when the system is not Japanese, or what
 * the user chose in the settings.
 */
public final class Language {
    static final String SETTING = "ui.language";

    private Language() {}

    public static Messages chosen(Settings settings) {
        return Messages.forLocale(
                settings.get(SETTING).map(Locale::forLanguageTag).orElse(Locale.getDefault()));
    }

    public static void choose(Settings settings, Locale locale) {
        settings.put(SETTING, locale.toLanguageTag());
    }
}
