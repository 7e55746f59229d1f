package jp.tsunagu.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeometryTest {
    @Test
    void theTenUpBusinessCardSheetSitsAsTheLabelMakersPrintIt() {
        LabelSheet sheet = LabelSheet.A4_10UP_91x55;

        assertThat(sheet.labelsPerSheet()).isEqualTo(10);
        assertThat(sheet.label(0)).isEqualTo(new Box(14, 11, 91, 55));
        assertThat(sheet.label(1)).isEqualTo(new Box(105, 11, 91, 55));
        assertThat(sheet.label(9)).isEqualTo(new Box(105, 231, 91, 55));
        assertThat(sheet.label(9).right()).isEqualTo(196); // 14 mm right margin
        assertThat(sheet.label(9).bottom()).isEqualTo(286); // 11 mm bottom margin
    }

    @Test
    void aLabelStockThatDoesNotFitItsPaperIsRefused() {
        assertThatThrownBy(() -> new LabelSheet("too wide", PaperSize.A4, 3, 5, 91, 55, 11, 14, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationScalesFromThePageCornerThenMoves() {
        Calibration c = new Calibration(2, -1.5, 101, 99);

        assertThat(c.apply(new Box(100, 200, 91, 55))).isEqualTo(new Box(103, 196.5, 91.91, 54.45));
        assertThat(Calibration.NONE.apply(new Box(14, 11, 91, 55))).isEqualTo(new Box(14, 11, 91, 55));
        assertThatThrownBy(() -> new Calibration(0, 0, 50, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingBeyondTheSheetIsRefused() {
        assertThatThrownBy(() -> NameCardOptions.DEFAULT.withStartAt(11)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NameCardOptions.DEFAULT.withStartAt(10).startAt()).isEqualTo(10);
    }
}
