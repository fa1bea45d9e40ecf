-- The regroupements of each local group (type « Groupe local » naming the group), with their attendance counts.
CREATE VIEW rpt.group_meeting AS
SELECT
    e.local_group_key,
    e.event_key,
    e.code AS event_code,
    e.event_date,
    e.date_key,
    e.departement_code,
    e.duration_hours,
    CAST((SELECT COUNT(*) FROM fact.attendance AS a WHERE a.event_key = e.event_key) AS INT) AS attendance_rows,
    CAST((SELECT COUNT(*) FROM fact.attendance AS a WHERE a.event_key = e.event_key AND a.attendance_status_key = 1) AS INT) AS present_rows
FROM dim.event AS e
WHERE e.local_group_key IS NOT NULL;
