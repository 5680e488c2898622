-- The clinic's lasting id for exchanges with other systems: see the SQLite migration of the
-- same number.
CREATE TABLE clinic_identity (
    id        integer PRIMARY KEY CHECK (id = 1),
    export_id text    COLLATE "C" NOT NULL CHECK (length(export_id) = 32)
);

INSERT INTO clinic_identity (id, export_id)
VALUES (1, replace(gen_random_uuid()::text, '-', ''));
