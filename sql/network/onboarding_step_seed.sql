-- One step of the onboarding journey; key = position in the list. Both engines.
-- Parameters: @key SMALLINT, @label NVARCHAR.
INSERT INTO dim.onboarding_step (onboarding_step_key, label) VALUES (@key, @label);
