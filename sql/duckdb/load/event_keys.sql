-- Every event: its key, code and date (attendance rows point at the promeneur version of that date).
SELECT event_key, code, event_date FROM dim.event;
