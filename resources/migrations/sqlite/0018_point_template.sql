-- A clinician's own named point sets ("Neck and shoulder"), applied to a note in one action:
-- each point's place and plan, never what was found at it.
CREATE TABLE point_template (
    id          INTEGER PRIMARY KEY,
    owner_login TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
-- One template of a name per clinician; also how a clinician's templates are read.
CREATE UNIQUE INDEX point_template_owner_name ON point_template (owner_login, name);

CREATE TABLE point_template_point (
    template_id       INTEGER NOT NULL REFERENCES point_template (id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    body_view         TEXT    NOT NULL,
    muscle_id         TEXT    NOT NULL,
    side              TEXT    NOT NULL,
    x                 REAL    NOT NULL,
    y                 REAL    NOT NULL,
    site_name         TEXT    NOT NULL DEFAULT '',
    activity          TEXT    NOT NULL,
    technique         TEXT    NOT NULL,
    depth_mm          INTEGER,
    retention_seconds INTEGER,
    gauge_mm          REAL,
    length_mm         INTEGER,
    PRIMARY KEY (template_id, ordinal)
);
