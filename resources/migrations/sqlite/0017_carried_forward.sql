-- Items of a draft copied from the patient's last session or applied from a template, not yet
-- edited or confirmed by the clinician: '' (charted here), 'last-session' or 'template'. A note
-- is signed only when none is left, so a signed note's rows all hold ''.
ALTER TABLE session_point ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';
ALTER TABLE session_needle ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';
ALTER TABLE session_care ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';
