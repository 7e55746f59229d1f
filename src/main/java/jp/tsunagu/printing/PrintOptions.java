package jp.tsunagu.printing;

/** The choices the user makes for a print: name card options (with the calibration) and the worksheet paper. */
public record PrintOptions(NameCardOptions cards, PaperSize worksheetPaper) {
    public static final PrintOptions DEFAULT = new PrintOptions(NameCardOptions.DEFAULT, PaperSize.A3);

    public PrintOptions {
        if (cards == null || worksheetPaper == null) {
            throw new IllegalArgumentException("print options are incomplete");
        }
    }

    public PrintOptions withCards(NameCardOptions newCards) {
        return new PrintOptions(newCards, worksheetPaper);
    }

    public PrintOptions withWorksheetPaper(PaperSize paper) {
        return new PrintOptions(cards, paper);
    }
}
