package jp.tsunagu.event;

/** An advisor or facilitator on a table. */
public record TableStaff(long id, StaffRole role, String name, String organisation, String email) {}
