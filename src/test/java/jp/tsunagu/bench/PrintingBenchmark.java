package jp.tsunagu.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import jp.tsunagu.printing.PrintDocuments;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.printing.PrintOptions;
import jp.tsunagu.printing.PrintSamples;
import jp.tsunagu.printing.PrintService;
import jp.tsunagu.printing.PrintText;
import jp.tsunagu.printing.PrintableEvent;

/**
 * Printing budgets: 1,000 name cards in at most 3 s and 3 MB; the seven worksheets and the seating chart together in
 * at most 1 s. The first run includes loading the fonts (once per process), as the user's first print does.
 */
public final class PrintingBenchmark {
    /** Common kanji, so that 1,000 names use many different glyphs, as real names do (a worst case for the subset). */
    private static final String KANJI =
            "安井伊石市稲岩上内浦江榎大岡小尾加笠梶片勝金鎌川木菊北久草楠倉栗黒桑小越後駒今近佐坂崎桜笹沢塩柴島清下白新杉鈴関千曽高滝竹谷玉田千塚津土堤寺戸富豊鳥中永長西沼野萩橋畑浜早林原平広福藤舟古堀本前牧松丸三水宮村森八柳山湯横吉米和渡"
                    + "秋明輝翔陽美優花菜奈愛彩香恵由真理子太郎次健一二三誠博浩隆宏修治正和幸春夏冬雪月星光海空風雅智晴悠蓮颯湊樹大翼拓哉亮介輔貴康敏裕直美咲桃結凛葵陽菜芽衣紗希里穂実乃";

    private static PrintableEvent varied(PrintableEvent event) {
        java.util.List<jp.tsunagu.printing.PrintablePerson> people = new java.util.ArrayList<>();
        int i = 0;
        for (jp.tsunagu.printing.PrintablePerson p : event.people()) {
            int a = (i * 7) % KANJI.length();
            int b = (i * 13 + 5) % KANJI.length();
            int c = (i * 31 + 11) % KANJI.length();
            int d = (i * 17 + 3) % KANJI.length();
            String name = "" + KANJI.charAt(a) + KANJI.charAt(b) + " " + KANJI.charAt(c) + KANJI.charAt(d);
            people.add(new jp.tsunagu.printing.PrintablePerson(
                    name,
                    p.reading(),
                    p.readingGuessed(),
                    p.organisation(),
                    p.title(),
                    p.tableNumber(),
                    p.role(),
                    p.challenges(),
                    p.missingResources(),
                    p.offers()));
            i++;
        }
        return new PrintableEvent(event.name(), event.date(), event.venue(), event.tables(), people);
    }

    /** A worst case for the font subset: every name of four different kanji, about 4,000 in all. */
    private static PrintableEvent manyGlyphs(PrintableEvent event) {
        java.util.List<jp.tsunagu.printing.PrintablePerson> people = new java.util.ArrayList<>();
        int cp = 0x4E00;
        for (jp.tsunagu.printing.PrintablePerson p : event.people()) {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                cp += 5;
                name.appendCodePoint(cp);
                if (k == 1) {
                    name.append(' ');
                }
            }
            people.add(new jp.tsunagu.printing.PrintablePerson(
                    name.toString(),
                    p.reading(),
                    p.readingGuessed(),
                    p.organisation(),
                    p.title(),
                    p.tableNumber(),
                    p.role(),
                    "",
                    "",
                    ""));
        }
        return new PrintableEvent(event.name(), event.date(), event.venue(), event.tables(), people);
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        PrintService.loadFonts();
        long fontsMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "fonts read and parsed (once per process): %d ms%n", fontsMs);

        PrintDocuments documents = new PrintDocuments(new PrintText(Locale.JAPANESE));
        PrintableEvent thousand = varied(PrintSamples.kakegawa(1000 - 14)); // plus 14 hosts = 1,000 cards
        PrintableEvent event = PrintSamples.withLongNames(70);
        long[] cards = new long[5];
        long[] sheets = new long[5];
        int cardsBytes = 0;
        int sheetsBytes = 0;
        for (int run = 0; run < cards.length; run++) {
            start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            documents.write(PrintKind.NAMECARDS, thousand, PrintOptions.DEFAULT, out);
            cards[run] = (System.nanoTime() - start) / 1_000_000;
            cardsBytes = out.size();

            start = System.nanoTime();
            ByteArrayOutputStream ws = new ByteArrayOutputStream();
            documents.write(PrintKind.WORKSHEETS, event, PrintOptions.DEFAULT, ws);
            ByteArrayOutputStream chart = new ByteArrayOutputStream();
            documents.write(PrintKind.SEATING_CHART, event, PrintOptions.DEFAULT, chart);
            sheets[run] = (System.nanoTime() - start) / 1_000_000;
            sheetsBytes = ws.size() + chart.size();
        }
        System.out.printf(
                Locale.ROOT,
                "1,000 name cards: first %d ms (+ fonts %d ms), best %d ms, median %d ms; %.2f MB (budget 3,000 ms, 3 MB)%n",
                cards[0],
                fontsMs,
                Arrays.stream(cards).min().orElseThrow(),
                median(cards),
                cardsBytes / 1e6);
        System.out.printf(
                Locale.ROOT,
                "7 worksheets + seating chart: first %d ms, best %d ms, median %d ms; %.2f MB (budget 1,000 ms)%n",
                sheets[0],
                Arrays.stream(sheets).min().orElseThrow(),
                median(sheets),
                sheetsBytes / 1e6);
        worstCase(documents);
    }

    private static void worstCase(PrintDocuments documents) {
        PrintableEvent many = manyGlyphs(PrintSamples.kakegawa(1000 - 14));
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.write(PrintKind.NAMECARDS, many, PrintOptions.DEFAULT, out);
        System.out.printf(
                Locale.ROOT,
                "1,000 name cards, about 4,000 different kanji in the names: %d ms, %.2f MB%n",
                (System.nanoTime() - start) / 1_000_000,
                out.size() / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
