-- The regroupements of a département in a period, as the indicators count them
-- (queries/indicators.sql, "events"): dated in the period, public = the label or 'Commun' (all
-- events without a label). The annexes list them; their number and hours are the indicators
-- regroupements and heures_regroupement.
--
-- Parameters
--   @departement                     NVARCHAR  INSEE code
--   @first_date_key, @last_date_key  INT       yyyymmdd of the first and last day
--   @label                           NVARCHAR  'Jeunesse', 'Parentalité' or '' for all
SELECT e.code, e.event_date, e.event_type, e.title, e.duration_hours, e.audience
FROM rpt.event AS e
WHERE e.departement_code = @departement
  AND e.date_key BETWEEN @first_date_key AND @last_date_key
  AND (@label = '' OR e.audience = @label OR e.audience = 'Commun')
ORDER BY e.event_date, e.code;
