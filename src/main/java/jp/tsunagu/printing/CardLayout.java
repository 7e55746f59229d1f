package jp.tsunagu.printing;

/**
 * Where the parts of a name card go, in millimetres of a card 91 mm wide: the 91 x 55 mm business-card label, and a
 * lower card for labels such as 86.4 x 42.3 mm (12-up), which used to get the tall design squeezed by 19 %.
 */
record CardLayout(
        double height,
        double orgY,
        double orgHeight,
        double orgHeightWithTitle,
        double readingY,
        double nameY,
        double nameHeight,
        double bandY,
        double bandHeight) {

    static final CardLayout STANDARD = new CardLayout(55, 4.5, 12, 8.6, 18.2, 22.5, 16.5, 42, 9);

    /** 91 mm wide and 44.55 mm high: the 86.4 x 42.3 mm label at the same scale both ways. */
    static final CardLayout LOW = new CardLayout(44.55, 3, 8.4, 4.6, 11.6, 15.2, 15.6, 33.2, 8);

    /** The layout for a label: the standard card where the label has its proportions, else the lower one. */
    static CardLayout forLabel(LabelSheet sheet) {
        double designHeight = sheet.labelHeightMm() * NameCardSheet.CARD_WIDTH / sheet.labelWidthMm();
        return designHeight >= STANDARD.height() - 2 ? STANDARD : LOW;
    }
}
