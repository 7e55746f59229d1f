package jp.tsunagu.registrant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's flags as the store keeps them ({@code [{"key":..,"args":[..]}]}), and an import's column
 * mapping, read and written with Jackson's streaming parser: reading every person (the seating, print, an assign from the command
 * line, an import) must not start Jackson's object mapper, a few hundred classes and a third of a second.
 * The format is the one the object mapper wrote, so stores written before read the same.
 */
final class FlagsJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FlagsJson() {}

    static String write(List<Flag> flags) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (Flag f : flags) {
                g.writeStartObject();
                g.writeStringField("key", f.key());
                g.writeArrayFieldStart("args");
                for (String a : f.args()) {
                    g.writeString(a);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** The flags; throws {@link IOException} on anything that is not a list of flags. */
    static List<Flag> read(String json) throws IOException {
        List<Flag> flags = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_OBJECT);
                String key = null;
                List<String> args = new ArrayList<>();
                for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                    expect(f, JsonToken.FIELD_NAME);
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("key".equals(name) && value == JsonToken.VALUE_STRING) {
                        key = p.getText();
                    } else if ("args".equals(name) && value == JsonToken.START_ARRAY) {
                        for (JsonToken a = p.nextToken(); a != JsonToken.END_ARRAY; a = p.nextToken()) {
                            if (a == null || !a.isScalarValue()) {
                                throw new IOException("not a flag argument");
                            }
                            args.add(a == JsonToken.VALUE_NULL ? "" : p.getText());
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (key == null) {
                    throw new IOException("a flag without a key");
                }
                flags.add(new Flag(key, args));
            }
            if (p.nextToken() != null) {
                throw new IOException("text after the flags");
            }
        }
        return flags;
    }

    /** A column mapping as the object mapper wrote it: {@code [{"index":0,"header":"氏名","field":"NAME"}]}. */
    static String writeColumns(List<ColumnMapping.Column> columns) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (ColumnMapping.Column c : columns) {
                g.writeStartObject();
                g.writeNumberField("index", c.index());
                g.writeStringField("header", c.header());
                g.writeStringField("field", c.field().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** The columns; throws {@link IOException} (or {@link IllegalArgumentException} for an unknown field) otherwise. */
    static List<ColumnMapping.Column> readColumns(String json) throws IOException {
        List<ColumnMapping.Column> columns = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_OBJECT);
                Integer index = null;
                String header = null;
                Field field = null;
                for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                    expect(f, JsonToken.FIELD_NAME);
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("index".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                        index = p.getIntValue();
                    } else if ("header".equals(name) && value == JsonToken.VALUE_STRING) {
                        header = p.getText();
                    } else if ("field".equals(name) && value == JsonToken.VALUE_STRING) {
                        field = Field.valueOf(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
                if (index == null || header == null || field == null) {
                    throw new IOException("an incomplete column");
                }
                columns.add(new ColumnMapping.Column(index, header, field));
            }
        }
        return columns;
    }

    private static void expect(JsonToken token, JsonToken wanted) throws IOException {
        if (token != wanted) {
            throw new IOException("expected " + wanted + ", found " + token);
        }
    }
}
