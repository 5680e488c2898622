-- A trigger point at a place the muscle catalogue does not name: muscle_id is 'other_site' and
-- site_name says where, in the clinician's words. Empty for every catalogued muscle.
ALTER TABLE session_point ADD COLUMN site_name TEXT NOT NULL DEFAULT '';
