-- Events are type 1: a known code is overwritten, a new code is added.
-- Parameters: @load_key INT, @file_key INT.
UPDATE t
SET event_date = s.event_date,
    date_key = s.date_key,
    event_type = s.event_type,
    title = s.title,
    departement_code = s.departement_code,
    duration_hours = s.duration_hours,
    audience = s.audience,
    source_file_key = @file_key
FROM dim.event AS t
JOIN stage.event AS s ON s.code = t.code
WHERE s.load_key = @load_key;

INSERT INTO dim.event (code, event_date, date_key, event_type, title, departement_code, duration_hours, audience, source_file_key)
SELECT s.code, s.event_date, s.date_key, s.event_type, s.title, s.departement_code, s.duration_hours, s.audience, @file_key
FROM stage.event AS s
WHERE s.load_key = @load_key
  AND NOT EXISTS (SELECT 1 FROM dim.event AS t WHERE t.code = s.code)
ORDER BY s.source_row;
