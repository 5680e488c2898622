-- The appointment book: clinicians and rooms, the clinic's opening hours, and appointments.
-- Times are ISO 8601 UTC text of one fixed width, so text order is time order and the overlap
-- test "start < other end AND end > other start" runs on the indexes below. end_at is stored
-- (start + duration) so that test needs no date arithmetic in SQL.
CREATE TABLE clinician (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    login        TEXT    NOT NULL DEFAULT '',
    working_days INTEGER NOT NULL DEFAULT 31, -- bit 0 Monday ... bit 6 Sunday
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE room (
    id     INTEGER PRIMARY KEY,
    name   TEXT    NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

ALTER TABLE clinic_profile ADD COLUMN opens_at TEXT NOT NULL DEFAULT '08:00';
ALTER TABLE clinic_profile ADD COLUMN closes_at TEXT NOT NULL DEFAULT '18:00';
ALTER TABLE clinic_profile ADD COLUMN working_days INTEGER NOT NULL DEFAULT 31;

CREATE TABLE appointment (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patient (id),
    clinician_id  INTEGER NOT NULL REFERENCES clinician (id),
    room_id       INTEGER REFERENCES room (id),
    start_at      TEXT    NOT NULL,
    end_at        TEXT    NOT NULL,
    duration_min  INTEGER NOT NULL CHECK (duration_min BETWEEN 5 AND 480),
    kind          TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'booked',
    cancel_reason TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE INDEX appointment_clinician_start ON appointment (clinician_id, start_at);
CREATE INDEX appointment_room_start ON appointment (room_id, start_at);
CREATE INDEX appointment_patient_start ON appointment (patient_id, start_at);
CREATE INDEX appointment_start ON appointment (start_at);
