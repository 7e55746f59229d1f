package jp.tsunagu.registrant;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A number cell's text as Excel shows it, by its number format; dates are always written
 * {@code yyyy/MM/dd HH:mm:ss} (or {@code yyyy/MM/dd}), whatever the form's locale showed.
 */
final class CellText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final XlsxParts.Styles styles;
    private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

    CellText(XlsxParts.Styles styles) {
        this.styles = styles;
    }

    String number(double value, int style) {
        int id = styles.formatId(style);
        String code = styles.formatCode(id);
        if (id == 0 || code == null || code.equalsIgnoreCase("General")) {
            // The common case, without the formatter: whole numbers as digits (phone numbers too).
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return formatter.formatRawCellContents(value, 0, "General");
        }
        if (DateUtil.isADateFormat(id, code) && DateUtil.isValidExcelDate(value)) {
            return date(DateUtil.getLocalDateTime(value, false, true));
        }
        return formatter.formatRawCellContents(value, id, code);
    }

    static String date(LocalDateTime t) {
        return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
    }
}
