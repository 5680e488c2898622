-- The search tokens again, in name order. A search whose leading term matches many patients
-- ("s", "0", "12") is answered by walking this index from the start of the alphabet and keeping
-- the entries whose token matches, until one page of patients is found: one index-only scan,
-- without a lookup per patient. (The primary key answers the terms that match few patients.)
CREATE INDEX patient_search_token_by_name ON patient_search_token (name_sort_key, patient_id, token);
