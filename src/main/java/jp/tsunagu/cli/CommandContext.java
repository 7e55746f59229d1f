package jp.tsunagu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import jp.tsunagu.Tsunagu;
import jp.tsunagu.i18n.Messages;
import jp.tsunagu.store.DataFolder;

/**
 * What every command needs: the store (opened on first use, so that {@code --help} touches no
 * file), the user's language, and where to print. Text goes out in the user's language; with
 * {@code --json}, one JSON object and nothing else.
 */
public final class CommandContext implements AutoCloseable {
    /** Built only when JSON is asked for: Jackson costs a few hundred classes at start-up. */
    private static final class Json {
        // Commands hand over maps, lists and plain values, so the JSON keys are exactly cli.md's.
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Function<Path, Tsunagu> opener;
    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path dataFile;
    private boolean json;
    private Long eventId;
    private Tsunagu app;

    public CommandContext(Function<Path, Tsunagu> opener, Messages messages, PrintWriter out, PrintWriter err) {
        this.opener = opener;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    void dataFile(Path file) {
        this.dataFile = file;
    }

    void json(boolean json) {
        this.json = json;
    }

    void eventId(Long id) {
        this.eventId = id;
    }

    public Tsunagu app() {
        if (app == null) {
            app = opener.apply(dataFile != null ? dataFile : DataFolder.defaultStore());
        }
        return app;
    }

    /** The store this command line uses (given by --data, else the usual one). */
    public Path storeFile() {
        return dataFile != null ? dataFile : DataFolder.defaultStore();
    }

    public Messages messages() {
        return messages;
    }

    public boolean json() {
        return json;
    }

    /** The event given by {@code --event}, or null for the latest one. */
    public Long eventId() {
        return eventId;
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /** Prints one line of text, unless the output is JSON. */
    public void say(String key, Object... args) {
        if (!json) {
            out.println(messages.get(key, args));
        }
    }

    /** Prints a line as it is (a table row, a name), unless the output is JSON. */
    public void line(String text) {
        if (!json) {
            out.println(text);
        }
    }

    /** Prints {@code value} as the command's one JSON object, when {@code --json} was given. */
    public void printJson(Object value) {
        if (json) {
            try {
                out.println(JsonText.plain(value) ? JsonText.write(value) : Json.MAPPER.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
        if (app != null) {
            app.close();
        }
    }
}
