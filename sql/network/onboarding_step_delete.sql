-- A later date of a (promeneur, step) replaces the loaded one. Both engines.
-- Parameters: @promeneur_id NVARCHAR, @onboarding_step_key SMALLINT.
DELETE FROM fact.onboarding_step
WHERE promeneur_id = @promeneur_id AND onboarding_step_key = @onboarding_step_key;
