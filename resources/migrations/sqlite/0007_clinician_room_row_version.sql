-- Optimistic locking for the appointment book's clinicians and rooms (issue 12): two
-- workstations editing one at once must not silently lose an edit. Every save increments
-- row_version and only succeeds against the version that was read; updated_at (ISO 8601 UTC)
-- and updated_by (the display name of who saved) say when and by whom, NULL where not recorded.
ALTER TABLE clinician ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clinician ADD COLUMN updated_at TEXT;
ALTER TABLE clinician ADD COLUMN updated_by TEXT;
ALTER TABLE room ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE room ADD COLUMN updated_at TEXT;
ALTER TABLE room ADD COLUMN updated_by TEXT;
