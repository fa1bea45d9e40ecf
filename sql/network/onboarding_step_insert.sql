-- One step of a promeneur's onboarding journey (INPUTS.md §6). Both engines.
-- Parameters: @promeneur_id NVARCHAR, @onboarding_step_key SMALLINT, @step_date DATE, @date_key INT, @file_key INT, @source_row INT.
INSERT INTO fact.onboarding_step (promeneur_id, onboarding_step_key, step_date, date_key, file_key, source_row)
VALUES (@promeneur_id, @onboarding_step_key, @step_date, @date_key, @file_key, @source_row);
