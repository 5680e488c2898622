-- Dry needling session notes. A note is a draft until signed; a signed note is never updated or
-- deleted (SessionRepository only touches rows WHERE status = 'draft'), and corrections are
-- appended to session_amendment. The rows of a note's lists (points, needles, care, adverse
-- events) are written together with the note in one transaction, keyed by their place in the
-- list. Timestamps are ISO 8601 UTC text; booleans are 0/1 integers; enumerations are the
-- stable keys of the domain's EnumText tables.
CREATE TABLE session (
    id                   INTEGER PRIMARY KEY,
    patient_id           INTEGER NOT NULL REFERENCES patient (id),
    status               TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    treated_at           TEXT    NOT NULL,
    clinician            TEXT    NOT NULL DEFAULT '',
    clinician_login      TEXT    NOT NULL DEFAULT '',
    presenting_complaint TEXT    NOT NULL DEFAULT '',
    patient_position     TEXT,
    pain_before          INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after           INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    needle_count_note    TEXT    NOT NULL DEFAULT '',
    soreness             INTEGER CHECK (soreness BETWEEN 0 AND 10),
    bruising             TEXT    NOT NULL DEFAULT 'none',
    bruising_site        TEXT    NOT NULL DEFAULT '',
    tiredness            INTEGER NOT NULL DEFAULT 0 CHECK (tiredness IN (0, 1)),
    advice               TEXT    NOT NULL DEFAULT '',
    follow_up            TEXT    NOT NULL DEFAULT '',
    has_serious_event    INTEGER NOT NULL DEFAULT 0 CHECK (has_serious_event IN (0, 1)),
    signed_at            TEXT,
    signed_by            TEXT,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK ((status = 'signed') = (signed_at IS NOT NULL))
);

-- The patient's history, newest first.
CREATE INDEX session_patient_treated_at ON session (patient_id, treated_at, id);

CREATE TABLE session_point (
    session_id           INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    ordinal              INTEGER NOT NULL,
    body_view            TEXT    NOT NULL,
    muscle_id            TEXT    NOT NULL,
    side                 TEXT    NOT NULL,
    x                    REAL    NOT NULL,
    y                    REAL    NOT NULL,
    activity             TEXT    NOT NULL,
    twitch               TEXT    NOT NULL,
    twitch_count         INTEGER NOT NULL DEFAULT 0,
    pain_reproduced      INTEGER NOT NULL DEFAULT 0,
    referred_reproduced  INTEGER NOT NULL DEFAULT 0,
    depth_mm             INTEGER,
    technique            TEXT    NOT NULL,
    retention_seconds    INTEGER,
    gauge_mm             REAL,
    length_mm            INTEGER,
    notes                TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, ordinal)
);

CREATE TABLE session_needle (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    gauge_mm   REAL,
    length_mm  INTEGER,
    lot        TEXT    NOT NULL DEFAULT '',
    inserted   INTEGER NOT NULL CHECK (inserted >= 0),
    removed    INTEGER NOT NULL CHECK (removed >= 0),
    PRIMARY KEY (session_id, ordinal)
);

CREATE TABLE session_care (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, ordinal)
);

CREATE TABLE session_adverse_event (
    session_id   INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    grade        TEXT    NOT NULL CHECK (grade IN ('mild', 'significant', 'serious')),
    description  TEXT    NOT NULL DEFAULT '',
    action_taken TEXT    NOT NULL DEFAULT '',
    follow_up    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, ordinal)
);

-- Append-only: there is no code that updates or deletes an amendment, and a signed session,
-- the only kind that has amendments, is never deleted.
CREATE TABLE session_amendment (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES session (id),
    written_at TEXT    NOT NULL,
    author     TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    body       TEXT    NOT NULL
);

CREATE INDEX session_amendment_session ON session_amendment (session_id, id);
