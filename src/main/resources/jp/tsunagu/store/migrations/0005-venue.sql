-- The venue day (issue 9): the weight of a move at closing reception, what each check-in did (so
-- that it can be taken back whole), and when reception closed.

-- Closing reception maximises score - move_weight x (checked-in participants moved).
ALTER TABLE seating_rules ADD COLUMN move_weight INTEGER NOT NULL DEFAULT 20 CHECK (move_weight >= 0);

-- One row per change of attendance made at the desk. placed_table is the table number the change
-- seated the person at (a walk-in, a late arrival without a seat), so undo frees it again.
CREATE TABLE attendance_change (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  before          TEXT NOT NULL CHECK (before IN ('expected', 'checked_in', 'absent')),
  after           TEXT NOT NULL CHECK (after IN ('expected', 'checked_in', 'absent')),
  placed_table    INTEGER,
  freed_table     INTEGER,
  freed_locked    INTEGER NOT NULL DEFAULT 0 CHECK (freed_locked IN (0, 1)),
  checked_in_at_before TEXT,
  at              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX attendance_change_person ON attendance_change(person_id, id);

-- When reception closed (受付締切) for an event, NULL while it is open.
CREATE TABLE venue_day (
  event_id             INTEGER PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
  reception_closed_at  TEXT
);
