-- The clinic's own lasting name for its records in exchanges with other systems: a random id
-- made once when the database is created (or upgraded to this version), never shown and never
-- changed. A FHIR export derives every resource id from it, so the same record has the same id
-- in every export, and two clinics' exports never collide. A copy of the clinic (a backup
-- restored, the file moved onto a server) keeps it: it is the same clinic.
CREATE TABLE clinic_identity (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    export_id TEXT    NOT NULL CHECK (length(export_id) = 32)
);

INSERT INTO clinic_identity (id, export_id) VALUES (1, lower(hex(randomblob(16))));
