package jp.tsunagu.printing;

import java.nio.file.Path;

/** A document written: where, how many pages and bytes, and how many people or tables it holds. */
public record PrintResult(PrintKind kind, Path file, int pages, long bytes, int people, int tables) {}
