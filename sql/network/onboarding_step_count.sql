-- Rows of dim.onboarding_step, to seed it once. Both engines.
-- Parameters: none.
SELECT CAST(COUNT(*) AS BIGINT) AS steps FROM dim.onboarding_step;
