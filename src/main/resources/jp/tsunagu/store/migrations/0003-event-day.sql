-- The event day and what follows (issues 8-11): attendance times and walk-ins, an event's life,
-- and what each table found. Later capabilities add their own numbered files after this one.

-- prepared: before the day; held: reception opened; closed: over, its seating is history.
ALTER TABLE event ADD COLUMN status TEXT NOT NULL DEFAULT 'prepared'
  CHECK (status IN ('prepared', 'held', 'closed'));

-- When the participant was checked in (ISO instant, UTC), and whether they came without
-- registering (当日参加). person.attendance holds expected / checked_in / absent.
ALTER TABLE person ADD COLUMN checked_in_at TEXT;
ALTER TABLE person ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1));

-- What a table found (共通の関心点 / つながりの芽 / 次の一歩). table_number, not a reference to
-- seating_table: the record stays when tables are renumbered or deleted later.
CREATE TABLE outcome (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  table_number  INTEGER NOT NULL CHECK (table_number > 0),
  kind          TEXT NOT NULL CHECK (kind IN ('interest', 'seed', 'step')),
  position      INTEGER NOT NULL,
  text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
  owner_id      INTEGER REFERENCES person(id) ON DELETE SET NULL,
  due           TEXT CHECK (due IS NULL OR date(due) IS due),
  status        TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'introduced', 'met', 'working', 'closed')),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX outcome_event_table ON outcome(event_id, table_number, kind, position);

-- The people a seed of connection connects (two or more), in the order given.
CREATE TABLE outcome_person (
  outcome_id  INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
  person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  PRIMARY KEY (outcome_id, person_id)
);
CREATE INDEX outcome_person_person ON outcome_person(person_id);

-- Every step of a seed's follow-up (橋渡し): the status it moved to, on which date, and why.
CREATE TABLE followup_entry (
  id          INTEGER PRIMARY KEY,
  outcome_id  INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
  on_date     TEXT NOT NULL CHECK (date(on_date) IS on_date),
  status      TEXT NOT NULL CHECK (status IN ('new', 'introduced', 'met', 'working', 'closed')),
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX followup_entry_outcome ON followup_entry(outcome_id);
