-- Letters, the after-care advice sheet and outcome measures.
--
-- A clinic's templates are versioned like its leaflet: a saved text is never changed, editing
-- stores the next version of its kind. A document given to a patient or sent about them is kept
-- exactly as it went out, with the template version it came from, to whom, when and by whom;
-- never updated or deleted. An outcome measure's completion keeps its answers and score; one
-- entered in error is marked so (the void fields, filled once), never deleted.
CREATE TABLE document_template (
    kind       TEXT    NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    PRIMARY KEY (kind, version)
);

CREATE TABLE patient_document (
    id                    INTEGER PRIMARY KEY,
    patient_id            INTEGER NOT NULL REFERENCES patient (id),
    session_id            INTEGER REFERENCES session (id),
    kind                  TEXT    NOT NULL,
    template_version      INTEGER NOT NULL,
    recipient             TEXT    NOT NULL DEFAULT '',
    title                 TEXT    NOT NULL,
    body                  TEXT    NOT NULL,
    delivery              TEXT    NOT NULL CHECK (delivery IN ('printed', 'pdf')),
    created_at            TEXT    NOT NULL,
    created_by            TEXT    NOT NULL,
    created_by_account_id INTEGER REFERENCES staff_account (id)
);

CREATE INDEX patient_document_patient ON patient_document (patient_id, created_at, id);
CREATE INDEX patient_document_session ON patient_document (session_id);

CREATE TABLE outcome_completion (
    id                      INTEGER PRIMARY KEY,
    patient_id              INTEGER NOT NULL REFERENCES patient (id),
    session_id              INTEGER REFERENCES session (id),
    measure_id              TEXT    NOT NULL,
    measure_version         INTEGER NOT NULL,
    completed_at            TEXT    NOT NULL,
    score                   REAL    NOT NULL,
    recorded_by             TEXT    NOT NULL,
    recorded_by_account_id  INTEGER REFERENCES staff_account (id),
    voided_at               TEXT,
    voided_by               TEXT,
    void_reason             TEXT
);

CREATE INDEX outcome_completion_patient ON outcome_completion (patient_id, measure_id, completed_at, id);

CREATE TABLE outcome_answer (
    completion_id INTEGER NOT NULL REFERENCES outcome_completion (id),
    ordinal       INTEGER NOT NULL,
    item          TEXT    NOT NULL,
    value         INTEGER NOT NULL,
    PRIMARY KEY (completion_id, ordinal)
);
