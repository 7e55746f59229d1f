package jp.tsunagu.event;

import java.util.Optional;

/**
 * A table in the room with its theme and hosts. {@code capacity} counts participant seats; null
 * means automatic: ceil((participants - seats set by hand) / automatic tables), as seating-objective.md says.
 */
public record EventTable(
        long id,
        int number,
        Theme theme,
        Integer capacity,
        Optional<TableStaff> advisor,
        Optional<TableStaff> facilitator) {

    public Optional<Integer> fixedCapacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<TableStaff> staff(StaffRole role) {
        return role == StaffRole.ADVISOR ? advisor : facilitator;
    }
}
