-- Indexed patient search and a name sort that ignores case and accents.
-- The folded tokens and sort keys are computed in C++ (SearchText) and filled in by
-- PatientRepository::ensureSearchIndex(), which compares app_meta.search_index_version with
-- the running code's SearchText::IndexVersion and rebuilds when they differ.
CREATE TABLE app_meta (
    meta_key   TEXT PRIMARY KEY,
    meta_value TEXT NOT NULL
);

ALTER TABLE patient ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT '';
CREATE INDEX patient_name_sort_key ON patient (name_sort_key, id);

-- One row per (token, patient): a query term t matches tokens in [t, t + U+10FFFF), a range
-- scan of the primary key, on SQLite and PostgreSQL alike.
CREATE TABLE patient_search_token (
    token      TEXT    NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    PRIMARY KEY (token, patient_id)
);
CREATE INDEX patient_search_token_patient ON patient_search_token (patient_id);

INSERT INTO app_meta (meta_key, meta_value) VALUES ('search_index_version', '0');
