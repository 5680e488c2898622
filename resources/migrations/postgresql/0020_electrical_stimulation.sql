-- Electrical stimulation as a technique: see the SQLite migration of the same number.
ALTER TABLE session_point ADD COLUMN estim_frequency_hz double precision;
ALTER TABLE session_point ADD COLUMN estim_pulse_width_us integer;
ALTER TABLE session_point ADD COLUMN estim_intensity_ma double precision;
ALTER TABLE point_template_point ADD COLUMN estim_frequency_hz double precision;
ALTER TABLE point_template_point ADD COLUMN estim_pulse_width_us integer;
ALTER TABLE point_template_point ADD COLUMN estim_intensity_ma double precision;
