-- How many idle minutes before a workstation covers its window with the lock screen: the
-- clinic's choice, the same on every workstation (1 to 60; 5 unless the clinic says otherwise).
ALTER TABLE clinic_profile ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 5;
