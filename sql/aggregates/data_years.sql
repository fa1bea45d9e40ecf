-- The first and last calendar years that hold data (submitted months, solicitations, regroupements): the
-- indicator aggregate covers these years. NULLs when the warehouse holds none. Both engines.
SELECT CAST(MIN(y) AS INT) AS first_year, CAST(MAX(y) AS INT) AS last_year
FROM (
    SELECT a.calendar_year AS y FROM rpt.activity_month AS a
    UNION ALL
    SELECT c.calendar_year FROM fact.solicitation AS s JOIN dim.calendar AS c ON c.date_key = s.date_key
    UNION ALL
    SELECT c.calendar_year FROM dim.event AS e JOIN dim.calendar AS c ON c.date_key = e.date_key
) AS years;
