package jp.tsunagu.registrant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Guesses the reading of a name for sorting when a form has no reading column, with Lucene's
 * Kuromoji morphological analyser. Guesses are marked as such and never printed until a person
 * confirms them: 「中島」 may be なかじま or なかしま, and only the person knows.
 */
public final class ReadingGuesser implements AutoCloseable {

    /** Variant kanji the dictionary does not know, folded to the common form that reads the same. */
    private static final Map<Integer, String> VARIANTS = Map.ofEntries(
            Map.entry((int) '髙', "高"),
            Map.entry((int) '﨑', "崎"),
            Map.entry((int) '嵜', "崎"),
            Map.entry((int) '濵', "浜"),
            Map.entry((int) '濱', "浜"),
            Map.entry((int) '邊', "辺"),
            Map.entry((int) '邉', "辺"),
            Map.entry((int) '齋', "斎"),
            Map.entry((int) '齊', "斉"),
            Map.entry((int) '德', "徳"),
            Map.entry((int) '櫻', "桜"),
            Map.entry((int) '廣', "広"),
            Map.entry((int) '澤', "沢"),
            Map.entry((int) '嶋', "島"),
            Map.entry((int) '嶌', "島"),
            Map.entry((int) '國', "国"),
            Map.entry((int) '眞', "真"),
            Map.entry((int) '惠', "恵"),
            Map.entry((int) '藏', "蔵"),
            Map.entry((int) '瀨', "瀬"),
            Map.entry((int) '冨', "富"),
            Map.entry((int) '栁', "柳"),
            Map.entry((int) '桒', "桑"),
            Map.entry((int) '曻', "昇"),
            Map.entry(0x20BB7, "吉"));

    // Made on first use: loading the dictionary costs time that files with readings never need.
    private JapaneseTokenizer tokenizer;
    private CharTermAttribute term;
    private ReadingAttribute reading;

    private void start() {
        if (tokenizer == null) {
            tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            reading = tokenizer.addAttribute(ReadingAttribute.class);
        }
    }

    /** The reading in hiragana (family and given name apart by one space), or empty when unsure. */
    public synchronized Optional<String> guess(String name) {
        String folded = fold(TextNormaliser.name(name));
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String part : folded.split(" ")) {
            Optional<String> r = readPart(part);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(r.get());
        }
        return Optional.of(TextNormaliser.reading(out.toString()));
    }

    private Optional<String> readPart(String part) {
        start();
        StringBuilder out = new StringBuilder();
        try {
            tokenizer.setReader(new StringReader(part));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                String t = term.toString();
                if (r != null) {
                    out.append(r);
                } else if (t.codePoints().allMatch(ReadingGuesser::isKana)) {
                    out.append(t);
                } else {
                    tokenizer.end();
                    tokenizer.close();
                    return Optional.empty();
                }
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    private static boolean isKana(int cp) {
        return (cp >= 0x3041 && cp <= 0x30FF) || cp == 'ー';
    }

    static String fold(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> {
            String v = VARIANTS.get(cp);
            if (v != null) {
                out.append(v);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    @Override
    public synchronized void close() {
        if (tokenizer == null) {
            return;
        }
        try {
            tokenizer.close();
        } catch (IOException | IllegalStateException e) {
            // Already closed after the last name; nothing to release.
        }
    }
}
