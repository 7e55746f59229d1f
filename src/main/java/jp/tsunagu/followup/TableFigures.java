package jp.tsunagu.followup;

/**
 * One table's figures (product.md, "The follow-up report"): {@code present} participants there who
 * attended, {@code industries} distinct among them (none/その他 not counted), {@code firstChoice}
 * present at their 1st choice, and the outcomes recorded there by kind.
 */
public record TableFigures(
        int number,
        int theme,
        String themeName,
        int present,
        int industries,
        int firstChoice,
        int interests,
        int seeds,
        int steps) {}
