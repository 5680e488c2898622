-- Indexed patient search and a name sort that ignores case and accents.
-- The folded tokens and sort keys are computed in C++ (SearchText) and filled in by
-- PatientRepository::ensureSearchIndex(), which compares app_meta.search_index_version with
-- the running code's SearchText::IndexVersion and rebuilds when they differ.
CREATE TABLE app_meta (
    meta_key   TEXT PRIMARY KEY,
    meta_value TEXT NOT NULL
);

ALTER TABLE patient ADD COLUMN name_sort_key TEXT NOT NULL DEFAULT '';

-- Each list sort has an index that also orders the ties, so a page is read in index order.
DROP INDEX patient_date_of_birth;
DROP INDEX patient_phone;
DROP INDEX patient_last_visit_on;
CREATE INDEX patient_name_sort_key ON patient (name_sort_key, id);
CREATE INDEX patient_date_of_birth ON patient (date_of_birth, name_sort_key, id);
CREATE INDEX patient_phone ON patient (phone, name_sort_key, id);
CREATE INDEX patient_last_visit_on ON patient (last_visit_on, name_sort_key, id);

-- One row per (token, patient). A query term t matches the tokens in [t, t + U+10FFFF): a
-- range scan of the primary key. The patient's name sort key rides along so that a search
-- sorted by name is answered from this index alone; tokens are rewritten whenever the
-- patient is saved, so it never goes stale. (WITHOUT ROWID is SQLite's clustered table; on
-- PostgreSQL the same table is a plain one with this primary key.)
CREATE TABLE patient_search_token (
    token         TEXT    NOT NULL,
    name_sort_key TEXT    NOT NULL,
    patient_id    INTEGER NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    PRIMARY KEY (token, name_sort_key, patient_id)
) WITHOUT ROWID;
CREATE INDEX patient_search_token_patient ON patient_search_token (patient_id, token);

INSERT INTO app_meta (meta_key, meta_value) VALUES ('search_index_version', '0');
