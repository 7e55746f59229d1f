package jp.tsunagu.mail;

import java.nio.file.Path;
import java.util.List;

/** The .eml drafts written: one file per recipient with an address; the names of those without one. */
public record EmlResult(List<Path> files, List<String> noEmail) {
    public EmlResult {
        files = List.copyOf(files);
        noEmail = List.copyOf(noEmail);
    }
}
