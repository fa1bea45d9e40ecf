-- The days of the built-in calendar, bulk-copied into staging (load_key 0), then into dim.calendar.
INSERT INTO dim.calendar (date_key, full_date, calendar_year, quarter_number, month_number, day_of_month, month_key, month_name, day_of_week, day_name)
SELECT date_key, full_date, calendar_year, quarter_number, month_number, day_of_month, month_key, month_name, day_of_week, day_name
FROM stage.calendar
WHERE load_key = 0
ORDER BY date_key;

DELETE FROM stage.calendar WHERE load_key = 0;
