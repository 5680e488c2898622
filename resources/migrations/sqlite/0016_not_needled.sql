-- A note of a visit where no needle was used (a contraindication found on the day, the patient
-- deciding against it): it holds no points or needles, says why, and is signed without needling
-- consent or clearance.
ALTER TABLE session ADD COLUMN not_needled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session ADD COLUMN not_needled_reason TEXT NOT NULL DEFAULT '';

-- The precautions at the sites needled that the clinician acknowledged before signing, one
-- "precaution:muscle" key per line (pregnancy with a lumbar site, anticoagulants with a deep
-- muscle, a chest condition with a muscle over the lung).
ALTER TABLE session ADD COLUMN acknowledged_precautions TEXT NOT NULL DEFAULT '';

-- "My drafts": a clinician's unsigned notes, oldest first, read at every sign-in and change.
CREATE INDEX session_draft_by_clinician ON session (clinician_login, treated_at)
    WHERE status = 'draft';
