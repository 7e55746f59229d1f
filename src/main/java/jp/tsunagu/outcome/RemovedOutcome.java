package jp.tsunagu.outcome;

import java.util.List;

/** An outcome as it was when deleted, with its follow-up history: what undo puts back. */
public record RemovedOutcome(Outcome outcome, List<FollowUpEntry> history) {
    public RemovedOutcome {
        history = List.copyOf(history);
    }
}
