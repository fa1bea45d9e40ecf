-- Attendance rows by durable promeneur id, with the event's scope columns and a present flag.
CREATE VIEW rpt.attendance AS
SELECT
    e.event_key,
    e.code AS event_code,
    e.date_key,
    e.departement_code AS event_departement_code,
    e.audience,
    p.promeneur_id,
    p.departement_code,
    s.label AS attendance_status,
    CASE WHEN a.attendance_status_key = 1 THEN 1 ELSE 0 END AS present,
    a.file_key,
    a.source_row
FROM fact.attendance AS a
JOIN dim.event AS e ON e.event_key = a.event_key
JOIN dim.promeneur AS p ON p.promeneur_key = a.promeneur_key
JOIN dim.attendance_status AS s ON s.attendance_status_key = a.attendance_status_key;
