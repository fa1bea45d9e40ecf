-- The loaded « Entretien préalable » of each promeneur (step 2), which the later steps may not precede. Both engines.
-- Parameters: none.
SELECT s.promeneur_id AS promeneur_id, s.step_date AS step_date
FROM fact.onboarding_step AS s
WHERE s.onboarding_step_key = 2;
