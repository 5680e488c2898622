-- Optimistic locking for the clinic's details (issue 12): two workstations editing them at once
-- must not silently lose one edit. Every save increments row_version and only succeeds against
-- the version that was read.
ALTER TABLE clinic_profile ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
