-- Patients as the front desk registers them.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC text; both sort correctly as
-- text and map to DATE / TIMESTAMP columns on PostgreSQL.
CREATE TABLE patient (
    id              INTEGER PRIMARY KEY,
    family_name     TEXT    NOT NULL,
    given_name      TEXT    NOT NULL,
    preferred_name  TEXT    NOT NULL DEFAULT '',
    date_of_birth   TEXT    NOT NULL,
    sex             TEXT    NOT NULL DEFAULT 'not-stated'
                    CHECK (sex IN ('not-stated', 'female', 'male', 'other')),
    phone           TEXT    NOT NULL DEFAULT '',
    email           TEXT    NOT NULL DEFAULT '',
    address         TEXT    NOT NULL DEFAULT '',
    referrer        TEXT    NOT NULL DEFAULT '',
    notes           TEXT    NOT NULL DEFAULT '',
    last_visit_on   TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

CREATE INDEX patient_date_of_birth ON patient (date_of_birth);
CREATE INDEX patient_phone ON patient (phone);
CREATE INDEX patient_last_visit_on ON patient (last_visit_on);
