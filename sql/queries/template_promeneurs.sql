-- Promeneurs of a département active at least one day of a year, with the identity that their
-- tracking workbook for that year must carry: the label is the one of the version in effect on
-- the last day of the year on which the promeneur is active (the rule of queries/indicators.sql).
-- Parameters: @departement NVARCHAR, @first_day DATE, @last_day DATE.
WITH scoped AS (
    SELECT
        p.promeneur_id,
        p.last_name,
        p.first_name,
        p.departement_code,
        CASE WHEN p.labelled_to IS NOT NULL AND p.labelled_to < @last_day THEN p.labelled_to ELSE @last_day END AS label_day
    FROM dim.promeneur AS p
    WHERE p.is_current = 1
      AND p.departement_code = @departement
      AND p.labelled_from <= @last_day
      AND (p.labelled_to IS NULL OR p.labelled_to >= @first_day)
)
SELECT s.promeneur_id, s.last_name, s.first_name, v.structure_code, s.departement_code, v.label
FROM scoped AS s
JOIN dim.promeneur AS v
    ON v.promeneur_id = s.promeneur_id
   AND v.valid_from <= s.label_day
   AND v.valid_to > s.label_day
ORDER BY s.promeneur_id;
