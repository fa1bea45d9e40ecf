-- Regroupements with their département name.
CREATE VIEW rpt.event AS
SELECT
    e.event_key,
    e.code,
    e.event_date,
    e.date_key,
    c.month_key,
    e.event_type,
    e.title,
    e.departement_code,
    d.name AS departement_name,
    e.duration_hours,
    e.audience
FROM dim.event AS e
JOIN dim.calendar AS c ON c.date_key = e.date_key
JOIN dim.departement AS d ON d.code = e.departement_code;
