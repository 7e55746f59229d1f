-- Registrant imports (issue 3): every import is one recorded batch that can be undone as a whole;
-- every question of the form that has no column in person is kept as an extra answer; a mapping
-- the user chose for a file's headers is remembered for the next file with the same headers.

CREATE TABLE import_batch (
  id           INTEGER PRIMARY KEY,
  event_id     INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  file_name    TEXT NOT NULL,
  sheet        TEXT NOT NULL DEFAULT '',
  imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  rows_read    INTEGER NOT NULL DEFAULT 0,
  added        INTEGER NOT NULL DEFAULT 0,
  updated      INTEGER NOT NULL DEFAULT 0,
  rejected     INTEGER NOT NULL DEFAULT 0,
  mapping      TEXT NOT NULL DEFAULT '[]',   -- JSON: [{"index": 0, "header": "...", "field": "NAME"}, ...]
  undone_at    TEXT
);
CREATE INDEX import_batch_event ON import_batch(event_id);

-- What one batch did to one person: added it (before is NULL), or updated it (before holds the
-- person as it was, as JSON, so that undo can put it back).
CREATE TABLE import_change (
  id         INTEGER PRIMARY KEY,
  batch_id   INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('added', 'updated')),
  before     TEXT
);
CREATE INDEX import_change_batch ON import_change(batch_id);
CREATE INDEX import_change_person ON import_change(person_id);

-- Answers to the form's other questions, in the form's order.
CREATE TABLE person_answer (
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  question   TEXT NOT NULL,
  answer     TEXT NOT NULL,
  PRIMARY KEY (person_id, question)
);

-- The column mapping last chosen for files whose headers read exactly so (signature = the
-- normalised headers joined by tabs).
CREATE TABLE header_mapping (
  signature   TEXT PRIMARY KEY,
  mapping     TEXT NOT NULL,
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
