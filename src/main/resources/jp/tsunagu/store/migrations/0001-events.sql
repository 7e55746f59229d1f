-- Version 1: events, their themes and tables, the people registered for them, table staff,
-- seats and the seating rules. Later capabilities add their own numbered files.

CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  event_date  TEXT CHECK (event_date IS NULL OR date(event_date) IS event_date),
  venue       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A sub-theme (サブテーマ). Numbers run 1..n in the order the event shows them.
CREATE TABLE theme (
  id        INTEGER PRIMARY KEY,
  event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  number    INTEGER NOT NULL CHECK (number > 0),
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  colour    TEXT NOT NULL CHECK (colour GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
  UNIQUE (event_id, number)
);

-- A table in the room. Normally one per theme; a popular theme may run several.
-- capacity counts participant seats (not the advisor and facilitator); NULL means automatic.
CREATE TABLE seating_table (
  id        INTEGER PRIMARY KEY,
  event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  number    INTEGER NOT NULL CHECK (number > 0),
  theme_id  INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  capacity  INTEGER CHECK (capacity IS NULL OR capacity > 0),
  UNIQUE (event_id, number)
);
CREATE INDEX seating_table_theme ON seating_table(theme_id);

-- The advisor (アドバイザー) and facilitator (ファシリテーター) of a table.
CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  table_id      INTEGER NOT NULL REFERENCES seating_table(id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('advisor', 'facilitator')),
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  organisation  TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  UNIQUE (table_id, role)
);

-- A person registered for one event (申込者/参加者), as normalised by the import.
-- The same human at two events is two rows, matched by email, else by name and org_key.
CREATE TABLE person (
  id                 INTEGER PRIMARY KEY,
  event_id           INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
  reading            TEXT NOT NULL DEFAULT '',
  reading_guessed    INTEGER NOT NULL DEFAULT 0 CHECK (reading_guessed IN (0, 1)),
  organisation       TEXT NOT NULL DEFAULT '',
  org_key            TEXT NOT NULL DEFAULT '',
  title              TEXT NOT NULL DEFAULT '',
  industry           TEXT NOT NULL DEFAULT '',
  category           TEXT NOT NULL DEFAULT '',
  yeg                INTEGER NOT NULL DEFAULT 0 CHECK (yeg IN (0, 1)),
  email              TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  choice1_theme_id   INTEGER REFERENCES theme(id) ON DELETE SET NULL,
  choice2_theme_id   INTEGER REFERENCES theme(id) ON DELETE SET NULL,
  choice3_theme_id   INTEGER REFERENCES theme(id) ON DELETE SET NULL,
  challenges         TEXT NOT NULL DEFAULT '',
  missing_resources  TEXT NOT NULL DEFAULT '',
  offers             TEXT NOT NULL DEFAULT '',
  sdgs               TEXT NOT NULL DEFAULT '',
  consent            INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
  registered_at      TEXT,
  notes              TEXT NOT NULL DEFAULT '',
  warnings           TEXT NOT NULL DEFAULT '',
  attendance         TEXT NOT NULL DEFAULT 'expected'
                     CHECK (attendance IN ('expected', 'checked_in', 'absent')),
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX person_event_reading ON person(event_id, reading);
CREATE UNIQUE INDEX person_event_email ON person(event_id, email) WHERE email <> '';
CREATE INDEX person_event_org ON person(event_id, org_key);

-- Where a participant sits. locked = the user pinned them to this table.
CREATE TABLE seat (
  person_id  INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  table_id   INTEGER NOT NULL REFERENCES seating_table(id) ON DELETE CASCADE,
  locked     INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))
);
CREATE INDEX seat_table ON seat(table_id);

-- The event's seating weights and switchable rule (seating-objective.md); one row per event.
CREATE TABLE seating_rules (
  event_id                INTEGER PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
  first_choice            INTEGER NOT NULL DEFAULT 10,
  second_choice           INTEGER NOT NULL DEFAULT 6,
  third_choice            INTEGER NOT NULL DEFAULT 3,
  same_industry_pair      INTEGER NOT NULL DEFAULT 2,
  repeat_pair             INTEGER NOT NULL DEFAULT 3,
  yeg_overflow            INTEGER NOT NULL DEFAULT 4,
  separate_organisations  INTEGER NOT NULL DEFAULT 1 CHECK (separate_organisations IN (0, 1))
);

-- Settings of the app rather than of an event (language, printer calibration, ...).
CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
