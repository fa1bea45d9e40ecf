-- The typed steps of each promeneur's onboarding journey (INPUTS.md §6), with the promeneur's département.
CREATE VIEW rpt.onboarding_step AS
SELECT
    j.promeneur_id,
    p.departement_code,
    j.onboarding_step_key,
    k.label AS step,
    j.step_date,
    j.date_key,
    j.file_key,
    j.source_row
FROM fact.onboarding_step AS j
JOIN dim.onboarding_step AS k ON k.onboarding_step_key = j.onboarding_step_key
JOIN dim.promeneur AS p ON p.promeneur_id = j.promeneur_id AND p.is_current = 1;
