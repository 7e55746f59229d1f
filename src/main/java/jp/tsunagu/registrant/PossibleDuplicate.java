package jp.tsunagu.registrant;

import java.util.List;

/**
 * Two registrations with the same name and organisation but no shared email: maybe one person,
 * maybe two. Left for the user to review, never merged silently.
 *
 * @param rows the rows of this file involved (one when the other is already in the event)
 * @param names the names as they will be stored
 * @param existingId the person already in the event, when the other half is one
 */
public record PossibleDuplicate(List<Integer> rows, List<String> names, Long existingId) {
    public PossibleDuplicate {
        rows = List.copyOf(rows);
        names = List.copyOf(names);
    }
}
