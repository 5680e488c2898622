-- The patient's pain drawing: the symptom areas shaded on the body map, each a closed outline
-- on one view in normalised coordinates ("x y;x y;..."), with the kind of symptom and its
-- intensity. Areas, never pixels.
CREATE TABLE session_pain_area (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    body_view  TEXT    NOT NULL CHECK (body_view IN ('anterior', 'posterior')),
    pain_type  TEXT    NOT NULL,
    intensity  INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    outline    TEXT    NOT NULL,
    PRIMARY KEY (session_id, ordinal)
);
