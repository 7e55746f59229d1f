-- Who sat with whom at a closed event (issue 8): written once when the event is closed, read by a
-- later event's seating ("new faces"). It names people by email and name/organisation key and
-- tables by number, with no reference to person, seat or seating_table, so that a later re-run of
-- the seating, a deleted table or a dropped theme cannot rewrite it.
CREATE TABLE tablemate_history (
  event_id      INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  table_number  INTEGER NOT NULL CHECK (table_number > 0),
  email         TEXT NOT NULL DEFAULT '',   -- lower case; '' when the person gave none
  name_key      TEXT NOT NULL,              -- the name without spaces (NFKC, lower case)
  org_key       TEXT NOT NULL DEFAULT ''    -- the organisation key ('' for none)
);
CREATE INDEX tablemate_history_event ON tablemate_history(event_id, table_number);
