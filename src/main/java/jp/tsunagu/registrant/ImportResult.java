package jp.tsunagu.registrant;

import java.util.Optional;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param batchId the recorded batch, empty for a dry run or when nothing changed
 */
public record ImportResult(ImportPreview preview, Optional<Long> batchId, boolean dryRun) {}
