-- Events are type 1: a new code is added, a known code is overwritten.
INSERT INTO dim.event (code, event_date, date_key, event_type, title, departement_code, duration_hours, audience, source_file_key)
VALUES (@code, @event_date, @date_key, @event_type, @title, @departement_code, @duration_hours, @audience, @source_file_key)
ON CONFLICT (code) DO UPDATE SET
    event_date = excluded.event_date,
    date_key = excluded.date_key,
    event_type = excluded.event_type,
    title = excluded.title,
    departement_code = excluded.departement_code,
    duration_hours = excluded.duration_hours,
    audience = excluded.audience,
    source_file_key = excluded.source_file_key;
