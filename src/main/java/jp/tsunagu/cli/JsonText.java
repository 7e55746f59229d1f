package jp.tsunagu.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The {@code --json} text of what a command hands over: maps with text keys, lists and plain values
 * are written by Jackson's streaming generator, the same bytes the object mapper writes, without
 * starting the mapper (a few hundred classes, a third of a second of a command's start-up). Anything
 * else goes to the mapper.
 */
final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /** Whether {@link #write} can write the value (and everything in it) itself. */
    static boolean plain(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Double
                || value instanceof Float
                || value instanceof BigDecimal
                || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> list) {
            for (Object o : list) {
                if (!plain(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The JSON of a {@link #plain} value. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Double d -> g.writeNumber(d);
            case Float f -> g.writeNumber(f);
            case BigDecimal d -> g.writeNumber(d);
            case BigInteger i -> g.writeNumber(i);
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case Collection<?> list -> {
                g.writeStartArray();
                for (Object o : list) {
                    write(g, o);
                }
                g.writeEndArray();
            }
            default -> throw new IllegalArgumentException("not plain: " + value.getClass());
        }
    }
}
