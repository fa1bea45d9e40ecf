-- A re-sent attendance sheet replaces the attendance of its events.
DELETE FROM fact.attendance WHERE event_key = @event_key;
