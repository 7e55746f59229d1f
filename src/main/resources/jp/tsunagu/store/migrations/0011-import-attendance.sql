-- A registration file's attendance column (出欠, issue 12): when an import changed a person's
-- attendance (expected <-> absent), what it was before, so that undoing the import puts it back.
ALTER TABLE import_change ADD COLUMN attendance_before TEXT
  CHECK (attendance_before IS NULL OR attendance_before IN ('expected', 'absent'));
