-- Hosts get a reading (furigana, for 五十音順 with everyone) and a title (役職), like participants.
ALTER TABLE staff ADD COLUMN reading TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN title TEXT NOT NULL DEFAULT '';
