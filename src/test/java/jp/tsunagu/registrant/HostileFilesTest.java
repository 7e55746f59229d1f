package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.tsunagu.i18n.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the reader says about each file of the crafted corpus (decision 0030, "What is refused"). */
class HostileFilesTest {
    private static final Map<String, byte[]> FILES = HostileFiles.all();
    private final SpreadsheetReader reader = new SpreadsheetReader();

    @ParameterizedTest
    @CsvSource({
        "row-two-billion.xlsx, registrant.file.beyondExcel",
        "column-past-xfd.xlsx, registrant.file.beyondExcel",
        "column-xfe.xlsx, registrant.file.beyondExcel",
        "row-number-overflow.xlsx, registrant.file.beyondExcel",
        "zip-bomb.xlsx, registrant.file.zipBomb",
        "strict-ooxml.xlsx, registrant.file.strict",
        "binary.xlsb, registrant.file.xlsb",
        "spreadsheet.ods, registrant.file.ods",
        "excel95.xls, registrant.file.excel95",
    })
    void refusesWithAMessageThatSaysWhatItIs(String file, String key) {
        assertThatThrownBy(() -> reader.read(file, FILES.get(file))).isInstanceOfSatisfying(UserError.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.args()).contains(file);
        });
    }

    @ParameterizedTest
    @CsvSource({"utf16-no-bom.csv", "utf16be-no-bom.csv"})
    void readsUtf16WithoutABom(String file) {
        LoadedFile loaded = reader.read(file, FILES.get(file));
        assertThat(loaded.encoding()).hasValueSatisfying(e -> assertThat(e).contains("UTF-16"));
        assertThat(loaded.sheets().getFirst().rows().get(1).cells()).containsExactly("山田 太郎", "taro@example.jp");
    }

    @ParameterizedTest
    @CsvSource({"last-row-and-column.xlsx", "merge-whole-column.xlsx"})
    void aFarButLegalCellCostsOnlyWhatIsThere(String file) {
        LoadedFile loaded = reader.read(file, FILES.get(file));
        var rows = loaded.sheets().getFirst().rows();
        assertThat(rows.size()).isLessThanOrEqualTo(3);
        assertThat(rows.get(1).cells().getFirst()).isEqualTo("山田 太郎");
    }

    @ParameterizedTest
    @CsvSource({"long-cell.xlsx"})
    void aLegalLongCellIsNotAZipBomb(String file) {
        LoadedFile loaded = reader.read(file, FILES.get(file));
        assertThat(loaded.sheets().getFirst().rows().get(1).cell(2)).hasSize(32_767);
    }
}
