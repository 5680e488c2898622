-- The search tokens again, in name order. A search whose leading term matches many patients
-- ("s", "0", "12") is answered by walking this index from the start of the alphabet and keeping
-- the entries whose token matches, until one page of patients is found: one index-only scan,
-- without a lookup per patient. (The primary key answers the terms that match few patients.)
CREATE INDEX patient_search_token_by_name ON patient_search_token (name_sort_key, patient_id, token);

-- PostgreSQL chooses between that walk and the primary key by its estimate of how many tokens a
-- prefix matches. With the default histogram (100 buckets over hundreds of thousands of
-- tokens) a phone number's prefix is guessed at a handful when it matches thousands, and the
-- guess picks a plan a hundred times slower; a finer histogram gets it right. (SQLite has no
-- such statistic to tune; PatientRepository names the index its walk must read.)
ALTER TABLE patient_search_token ALTER COLUMN token SET STATISTICS 1000;
