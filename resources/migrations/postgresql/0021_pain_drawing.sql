-- The patient's pain drawing: see the SQLite migration of the same number.
CREATE TABLE session_pain_area (
    session_id bigint  NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    body_view  text    COLLATE "C" NOT NULL CHECK (body_view IN ('anterior', 'posterior')),
    pain_type  text    COLLATE "C" NOT NULL,
    intensity  integer NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    outline    text    COLLATE "C" NOT NULL,
    PRIMARY KEY (session_id, ordinal)
);
