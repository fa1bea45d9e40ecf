-- The promeneurs of a département active at least one day of a period, as the département's annexes
-- name them: identity, structure and the label of the version in effect on the last day of the
-- period on which the promeneur is active (the rule of queries/indicators.sql). Names are for the
-- département's own staff: the national comparison never reads this query.
--
-- Parameters
--   @departement           NVARCHAR  INSEE code
--   @first_day, @last_day  DATE      first and last day of the period
WITH scoped AS (
    SELECT
        p.promeneur_id,
        CASE WHEN p.labelled_to IS NOT NULL AND p.labelled_to < @last_day THEN p.labelled_to ELSE @last_day END AS label_day
    FROM dim.promeneur AS p
    WHERE p.is_current = 1
      AND p.departement_code = @departement
      AND p.labelled_from <= @last_day
      AND (p.labelled_to IS NULL OR p.labelled_to >= @first_day)
)
SELECT v.promeneur_id, v.last_name, v.first_name, v.label, v.structure_name, v.job, v.labelled_from, v.labelled_to
FROM scoped AS s
JOIN rpt.promeneur_version AS v
    ON v.promeneur_id = s.promeneur_id
   AND v.valid_from <= s.label_day
   AND v.valid_to > s.label_day
ORDER BY v.promeneur_id;
