-- Attendance at the regroupements of queries/annex_events.sql (same filter): one row per event and
-- invited promeneur of the département with the status written on the attendance sheet. The annexes
-- show it per promeneur of the population; the attendance rate is the indicator taux_presence.
--
-- Parameters
--   @departement                     NVARCHAR  INSEE code
--   @first_date_key, @last_date_key  INT       yyyymmdd of the first and last day
--   @label                           NVARCHAR  'Jeunesse', 'Parentalité' or '' for all
SELECT a.event_code, a.promeneur_id, a.attendance_status
FROM rpt.attendance AS a
WHERE a.event_departement_code = @departement
  AND a.departement_code = @departement
  AND a.date_key BETWEEN @first_date_key AND @last_date_key
  AND (@label = '' OR a.audience = @label OR a.audience = 'Commun')
ORDER BY a.promeneur_id, a.date_key, a.event_code;
