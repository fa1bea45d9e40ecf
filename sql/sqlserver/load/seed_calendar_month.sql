-- One month of the built-in calendar.
-- Parameters: @month_key INT, @calendar_year SMALLINT, @month_number SMALLINT, @month_name NVARCHAR, @month_label NVARCHAR,
-- @first_day DATE, @last_day DATE, @first_date_key INT, @last_date_key INT.
INSERT INTO dim.calendar_month (month_key, calendar_year, month_number, month_name, month_label, first_day, last_day, first_date_key, last_date_key)
VALUES (@month_key, @calendar_year, @month_number, @month_name, @month_label, @first_day, @last_day, @first_date_key, @last_date_key);
