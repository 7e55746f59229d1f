package jp.tsunagu.ui.printing;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.printing.Calibration;
import jp.tsunagu.text.Nfkc;

/** The four calibration fields as typed (full-width digits welcome), each with its problem, and the result. */
public final class CalibrationFields {
    public final StringProperty offsetX = new SimpleStringProperty("0");
    public final StringProperty offsetY = new SimpleStringProperty("0");
    public final StringProperty scaleX = new SimpleStringProperty("100");
    public final StringProperty scaleY = new SimpleStringProperty("100");

    public final StringBinding offsetXProblem;
    public final StringBinding offsetYProblem;
    public final StringBinding scaleXProblem;
    public final StringBinding scaleYProblem;
    public final BooleanBinding valid;

    CalibrationFields(Messages messages) {
        offsetXProblem = offsetProblem(messages, offsetX);
        offsetYProblem = offsetProblem(messages, offsetY);
        scaleXProblem = scaleProblem(messages, scaleX);
        scaleYProblem = scaleProblem(messages, scaleY);
        valid = offsetXProblem
                .isNull()
                .and(offsetYProblem.isNull())
                .and(scaleXProblem.isNull())
                .and(scaleYProblem.isNull());
    }

    void fill(Calibration c) {
        offsetX.set(format(c.offsetXMm()));
        offsetY.set(format(c.offsetYMm()));
        scaleX.set(format(c.scaleXPercent()));
        scaleY.set(format(c.scaleYPercent()));
    }

    /** The calibration typed, when every field is right. */
    Optional<Calibration> calibration() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Calibration(
                number(offsetX.get()).orElseThrow(),
                number(offsetY.get()).orElseThrow(),
                number(scaleX.get()).orElseThrow(),
                number(scaleY.get()).orElseThrow()));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    static Optional<Double> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = Nfkc.stripped(text).replace('−', '-');
        try {
            double d = Double.parseDouble(value);
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static StringBinding offsetProblem(Messages messages, StringProperty field) {
        return Bindings.createStringBinding(
                () -> number(field.get())
                                .filter(v -> Math.abs(v) <= Calibration.MAX_OFFSET_MM)
                                .isPresent()
                        ? null
                        : messages.get("print.error.offset", Calibration.MAX_OFFSET_MM),
                field);
    }

    private static StringBinding scaleProblem(Messages messages, StringProperty field) {
        return Bindings.createStringBinding(
                () -> number(field.get())
                                .filter(v -> v >= Calibration.MIN_SCALE_PERCENT && v <= Calibration.MAX_SCALE_PERCENT)
                                .isPresent()
                        ? null
                        : messages.get(
                                "print.error.scale", Calibration.MIN_SCALE_PERCENT, Calibration.MAX_SCALE_PERCENT),
                field);
    }
}
