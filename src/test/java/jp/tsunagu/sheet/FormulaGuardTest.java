package jp.tsunagu.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "=HYPERLINK(\"http://example.com\",\"x\")",
                "+SUM(A1:A2)",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(A1)",
                "\t=1+1",
                "\r=1+1",
                "＝１＋１",
                "＠SUM(A1)",
                "-1+1",
                "- 未定",
                "=",
                "@"
            })
    void defusesWhatASpreadsheetWouldRun(String text) {
        assertThat(FormulaGuard.isRisky(text)).isTrue();
        assertThat(FormulaGuard.defuse(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-",
                "+",
                "+81 3-1234-5678",
                "+81 (0)537-22-1234",
                "-5",
                "-0.5",
                "－",
                "0537-22-1234",
                "山田 太郎",
                "taro@example.jp",
                "",
                " =1+1 looks like text to Excel"
            })
    void leavesOrdinaryValuesAlone(String text) {
        assertThat(FormulaGuard.isRisky(text)).isFalse();
        assertThat(FormulaGuard.defuse(text)).isEqualTo(text);
    }
}
