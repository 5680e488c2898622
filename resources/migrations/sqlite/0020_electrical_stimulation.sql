-- Electrical stimulation as a technique: the stimulator's settings at each point (frequency,
-- pulse width, current), in a note and in a point template. NULL where not recorded, as for
-- every point stimulated or not before this release.
ALTER TABLE session_point ADD COLUMN estim_frequency_hz REAL;
ALTER TABLE session_point ADD COLUMN estim_pulse_width_us INTEGER;
ALTER TABLE session_point ADD COLUMN estim_intensity_ma REAL;
ALTER TABLE point_template_point ADD COLUMN estim_frequency_hz REAL;
ALTER TABLE point_template_point ADD COLUMN estim_pulse_width_us INTEGER;
ALTER TABLE point_template_point ADD COLUMN estim_intensity_ma REAL;
