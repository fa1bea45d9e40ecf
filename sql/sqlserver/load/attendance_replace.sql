-- An attendance sheet replaces the attendance of every event it names. Each row points at the promeneur
-- version in effect on the event's date (else the promeneur's first version, as the DuckDB writer does).
-- Parameters: @load_key INT, @file_key INT.
DELETE a
FROM fact.attendance AS a
JOIN dim.event AS e ON e.event_key = a.event_key
WHERE e.code IN (SELECT s.event_code FROM stage.attendance AS s WHERE s.load_key = @load_key);

INSERT INTO fact.attendance (event_key, promeneur_key, attendance_status_key, file_key, source_row)
SELECT e.event_key, v.promeneur_key, s.attendance_status_key, @file_key, s.source_row
FROM stage.attendance AS s
JOIN dim.event AS e ON e.code = s.event_code
CROSS APPLY (
    SELECT TOP (1) p.promeneur_key
    FROM dim.promeneur AS p
    WHERE p.promeneur_id = s.promeneur_id
    ORDER BY CASE WHEN p.valid_from <= e.event_date AND e.event_date < p.valid_to THEN 0 ELSE 1 END, p.valid_from
) AS v
WHERE s.load_key = @load_key;
