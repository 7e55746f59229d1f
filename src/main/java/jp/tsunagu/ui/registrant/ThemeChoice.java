package jp.tsunagu.ui.registrant;

/**
 * One entry of the participant list's theme filter: a theme by its number, or every theme (number
 * null). A value of its own rather than a null item, so that "every theme" can be chosen like any
 * other entry and survives the list of themes being read again.
 */
record ThemeChoice(Integer number, String label) {
    boolean isAll() {
        return number == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
