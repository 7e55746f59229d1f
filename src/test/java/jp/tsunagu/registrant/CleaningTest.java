package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleaningTest {

    @Test
    void normalisesFullWidthLettersDigitsAndSpaces() {
        assertThat(TextNormaliser.name("　山田　　太郎 ")).isEqualTo("山田 太郎");
        assertThat(TextNormaliser.name("ＡＢＣ　商事")).isEqualTo("ABC 商事");
        assertThat(TextNormaliser.name("山田", "太郎")).isEqualTo("山田 太郎");
        assertThat(TextNormaliser.email(" Taro.Yamada＠Example.COM ")).isEqualTo("taro.yamada@example.com");
        assertThat(TextNormaliser.phone("０５３７－２２－５１５１")).isEqualTo("0537-22-5151");
        assertThat(TextNormaliser.phone("090ー1234ー5678")).isEqualTo("090-1234-5678");
        assertThat(TextNormaliser.phone("(0537) 22 5151")).isEqualTo("0537-225151");
    }

    @Test
    void putsReadingsIntoHiragana() {
        assertThat(TextNormaliser.reading("ヤマダ　タロウ")).isEqualTo("やまだ たろう");
        assertThat(TextNormaliser.reading("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo("やまだ たろう");
        assertThat(TextNormaliser.reading("すずき ハナコ")).isEqualTo("すずき はなこ");
    }

    @Test
    void tellsAPhoneNumberThatLostItsLeadingZero() {
        assertThat(TextNormaliser.lostLeadingZero("9012345678")).isTrue();
        assertThat(TextNormaliser.lostLeadingZero("537225151")).isTrue();
        assertThat(TextNormaliser.lostLeadingZero("09012345678")).isFalse();
        assertThat(TextNormaliser.lostLeadingZero("0537-22-5151")).isFalse();
    }

    @Test
    void checksEmailShape() {
        assertThat(TextNormaliser.emailLooksValid("taro@example.com")).isTrue();
        assertThat(TextNormaliser.emailLooksValid("taro@example")).isFalse();
        assertThat(TextNormaliser.emailLooksValid("taro.example.com")).isFalse();
        assertThat(TextNormaliser.emailLooksValid("taro@@example.com")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "株式会社つなぐ,つなぐ",
        "(株)つなぐ,つなぐ",
        "（株）つなぐ,つなぐ",
        "㈱つなぐ,つなぐ",
        "つなぐ株式会社,つなぐ",
        "つなぐ　(株),つなぐ",
        "有限会社 山田商店,山田商店",
        "㈲山田商店,山田商店",
        "NPO法人 かけがわ子育てネット,かけがわ子育てネット",
        "特定非営利活動法人かけがわ子育てネット,かけがわ子育てネット",
        "一般社団法人 茶文化協会,茶文化協会",
        "(一社)茶文化協会,茶文化協会",
        "ＡＢＣ合同会社,abc",
        "個人,''",
        "なし,''",
        "無所属,''",
        "-,''",
        "'',''"
    })
    void keysOrganisationsAlikeWhateverTheLegalForm(String organisation, String key) {
        assertThat(OrganisationKey.of(organisation)).isEqualTo(key);
    }

    @Test
    void readsConsentAnswers() {
        assertThat(AnswerParser.consent("同意する")).contains(true);
        assertThat(AnswerParser.consent("はい")).contains(true);
        assertThat(AnswerParser.consent("同意しない")).contains(false);
        assertThat(AnswerParser.consent("いいえ")).contains(false);
        assertThat(AnswerParser.consent("不可")).contains(false);
        assertThat(AnswerParser.consent("たぶん")).isEmpty();
    }

    @Test
    void readsTimestampsAsFormsWriteThem() {
        assertThat(AnswerParser.timestamp("2026/10/01 9:05:07")).contains("2026-10-01T09:05:07");
        assertThat(AnswerParser.timestamp("2026-10-01 09:05")).contains("2026-10-01T09:05:00");
        assertThat(AnswerParser.timestamp("2026年10月1日 9時5分")).contains("2026-10-01T09:05:00");
        assertThat(AnswerParser.timestamp("10/1/2026 9:05:07")).contains("2026-10-01T09:05:07");
        assertThat(AnswerParser.timestamp("先週")).isEmpty();
    }

    @Test
    void readsSdgsGoalNumbers() {
        assertThat(AnswerParser.sdgs("SDGs11 住み続けられるまちづくりを, SDGs3, ４").goals()).isEqualTo("3,4,11");
        assertThat(AnswerParser.sdgs("3, 18").outOfRange()).isEqualTo("18");
    }

    @Test
    void tellsYegMembersByCategory() {
        assertThat(AnswerParser.yeg("掛川YEG会員")).isTrue();
        assertThat(AnswerParser.yeg("商工会議所青年部")).isTrue();
        assertThat(AnswerParser.yeg("ＹＥＧ")).isTrue();
        assertThat(AnswerParser.yeg("SDGsプラットフォーム登録企業")).isFalse();
    }

    @Test
    void guessesReadingsOfNamesAfterFoldingVariantKanji() {
        try (ReadingGuesser g = new ReadingGuesser()) {
            assertThat(g.guess("山田 太郎")).contains("やまだ たろう");
            assertThat(g.guess("髙橋 花子")).contains("たかはし はなこ");
            assertThat(g.guess("鈴木")).contains("すずき");
        }
    }

    @Test
    void findsCharactersThePrintFontCannotDraw() {
        FontCoverage font = new FontCoverage();
        assertThat(font.missing("山田 太郎")).isEmpty();
        assertThat(font.missing("髙橋")).isEmpty();
        // 𠮷 is not in BIZ UDPGothic but printing draws it from the bundled fallback (Noto Sans JP).
        assertThat(font.missing("𠮷田 一郎")).isEmpty();
        List<String> missing = List.of(font.missing("𠀀田 一郎").orElse(""));
        assertThat(missing).containsExactly("𠀀");
    }

    @Test
    void readsTheFontsCharacterMapAsJavaAwtDoes() throws Exception {
        java.awt.Font awt;
        try (var in = FontCoverage.class.getResourceAsStream(FontCoverage.PRINT_FONT)) {
            awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        }
        java.awt.Font fallback;
        try (var in = FontCoverage.class.getResourceAsStream(FontCoverage.FALLBACK_FONT)) {
            fallback = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        }
        FontCoverage ours = new FontCoverage();
        for (int cp = 0x21; cp < 0x2FFFF; cp += cp < 0x10000 ? 1 : 7) {
            if (Character.isWhitespace(cp)
                    || Character.isISOControl(cp)
                    || Character.isSurrogate((char) cp) && cp < 0x10000) {
                continue;
            }
            int type = Character.getType(cp);
            // Java2D treats invisible marks and format characters as drawable; names are letters.
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                continue;
            }
            String ch = new String(Character.toChars(cp));
            assertThat(ours.missing(ch).isEmpty())
                    .as("U+%04X", cp)
                    .isEqualTo(awt.canDisplay(cp) || fallback.canDisplay(cp));
        }
    }
}
