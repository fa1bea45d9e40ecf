-- Months a département's promeneurs were expected to send and did not (rpt.expected_month), in a
-- range of months: "who has not sent which month". Per promeneur of the population, their number is
-- mois_attendus - mois_transmis of queries/indicators.sql.
--
-- Parameters
--   @departement               NVARCHAR  INSEE code
--   @first_month, @last_month  INT       yyyymm of the first and last month
SELECT e.promeneur_id, e.month_key
FROM rpt.expected_month AS e
WHERE e.departement_code = @departement
  AND e.month_key BETWEEN @first_month AND @last_month
  AND e.submitted = 0
ORDER BY e.promeneur_id, e.month_key;
