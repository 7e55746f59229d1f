-- What a table found belongs to the table, not to its number (issue 8): removing a table numbers
-- the others again, and an outcome keyed by number then pointed at the wrong table. table_id names
-- the table; table_number follows it when tables are renumbered, and keeps the number the table
-- last had once it is removed (table_removed = 1: the outcome stays, without a table).
-- table_id is not a foreign key on purpose: the trigger below, not a cascade, says what a removal
-- does, so that it can mark the outcome rather than just forget its table.
ALTER TABLE outcome ADD COLUMN table_id INTEGER;
ALTER TABLE outcome ADD COLUMN table_removed INTEGER NOT NULL DEFAULT 0 CHECK (table_removed IN (0, 1));
UPDATE outcome SET table_id = (SELECT t.id FROM seating_table t
                               WHERE t.event_id = outcome.event_id AND t.number = outcome.table_number);
UPDATE outcome SET table_removed = 1 WHERE table_id IS NULL;
CREATE INDEX outcome_table ON outcome(table_id);

-- A check-in remembers the table it placed or freed by number, for its undo: those numbers follow
-- the table too, and a removed table's are cleared (undo then places or frees nobody there).
CREATE TRIGGER seating_table_renumbered AFTER UPDATE OF number ON seating_table
BEGIN
  UPDATE outcome SET table_number = NEW.number WHERE table_id = NEW.id;
  UPDATE attendance_change SET placed_table = NEW.number
   WHERE placed_table = OLD.number AND person_id IN (SELECT id FROM person WHERE event_id = NEW.event_id);
  UPDATE attendance_change SET freed_table = NEW.number
   WHERE freed_table = OLD.number AND person_id IN (SELECT id FROM person WHERE event_id = NEW.event_id);
END;

CREATE TRIGGER seating_table_removed AFTER DELETE ON seating_table
BEGIN
  UPDATE outcome SET table_id = NULL, table_removed = 1 WHERE table_id = OLD.id;
  UPDATE attendance_change SET placed_table = NULL
   WHERE placed_table = OLD.number AND person_id IN (SELECT id FROM person WHERE event_id = OLD.event_id);
  UPDATE attendance_change SET freed_table = NULL
   WHERE freed_table = OLD.number AND person_id IN (SELECT id FROM person WHERE event_id = OLD.event_id);
END;
