-- The clinic's profile and versioned information leaflet, precaution screenings and consent.
-- A leaflet version, a screening and a consent record are never updated once written (a
-- consent's withdrawal fields are the one exception, filled once); edits are new rows. A signed
-- session names the consent, leaflet version and screening it relied on.
CREATE TABLE clinic_profile (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    name                    TEXT    NOT NULL DEFAULT '',
    address                 TEXT    NOT NULL DEFAULT '',
    phone                   TEXT    NOT NULL DEFAULT '',
    email                   TEXT    NOT NULL DEFAULT '',
    logo_png                BLOB,
    screening_review_months INTEGER NOT NULL DEFAULT 12
                            CHECK (screening_review_months BETWEEN 1 AND 60),
    updated_at              TEXT    NOT NULL
);

CREATE TABLE leaflet_version (
    version    INTEGER PRIMARY KEY CHECK (version >= 1),
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    body       TEXT    NOT NULL
);

CREATE TABLE screening (
    id          INTEGER PRIMARY KEY,
    patient_id  INTEGER NOT NULL REFERENCES patient (id),
    screened_at TEXT    NOT NULL,
    clinician   TEXT    NOT NULL
);

CREATE INDEX screening_patient ON screening (patient_id, screened_at, id);

CREATE TABLE screening_answer (
    screening_id INTEGER NOT NULL REFERENCES screening (id),
    item_key     TEXT    NOT NULL,
    present      INTEGER NOT NULL CHECK (present IN (0, 1)),
    note         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (screening_id, item_key)
);

CREATE TABLE consent (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patient (id),
    recorded_at     TEXT    NOT NULL,
    leaflet_version INTEGER NOT NULL REFERENCES leaflet_version (version),
    decision        TEXT    NOT NULL CHECK (decision IN ('given', 'declined')),
    form            TEXT    NOT NULL CHECK (form IN ('written', 'verbal')),
    scope           TEXT    NOT NULL DEFAULT '',
    signed_name     TEXT    NOT NULL DEFAULT '',
    clinician       TEXT    NOT NULL,
    witness         TEXT    NOT NULL DEFAULT '',
    withdrawn_at    TEXT,
    withdrawn_by    TEXT,
    withdrawal_note TEXT
);

CREATE INDEX consent_patient ON consent (patient_id, recorded_at, id);

ALTER TABLE session ADD COLUMN consent_id INTEGER REFERENCES consent (id);
ALTER TABLE session ADD COLUMN leaflet_version INTEGER;
ALTER TABLE session ADD COLUMN screening_id INTEGER REFERENCES screening (id);
