package jp.tsunagu.printing;

/**
 * How name cards are printed: their order, whether 様 follows the name, the label to start at on a partly used sheet
 * (1 = the top-left label), the label stock and the printer calibration.
 */
public record NameCardOptions(
        CardOrder order, boolean honorific, int startAt, LabelSheet sheet, Calibration calibration) {

    public static final NameCardOptions DEFAULT =
            new NameCardOptions(CardOrder.TABLE, true, 1, LabelSheet.A4_10UP_91x55, Calibration.NONE);

    public NameCardOptions {
        if (order == null || sheet == null || calibration == null) {
            throw new IllegalArgumentException("name card options are incomplete");
        }
        if (startAt < 1 || startAt > sheet.labelsPerSheet()) {
            throw new IllegalArgumentException(
                    "start label " + startAt + " is not on a sheet of " + sheet.labelsPerSheet());
        }
    }

    public NameCardOptions withOrder(CardOrder newOrder) {
        return new NameCardOptions(newOrder, honorific, startAt, sheet, calibration);
    }

    public NameCardOptions withHonorific(boolean on) {
        return new NameCardOptions(order, on, startAt, sheet, calibration);
    }

    public NameCardOptions withStartAt(int label) {
        return new NameCardOptions(order, honorific, label, sheet, calibration);
    }

    public NameCardOptions withCalibration(Calibration c) {
        return new NameCardOptions(order, honorific, startAt, sheet, c);
    }
}
