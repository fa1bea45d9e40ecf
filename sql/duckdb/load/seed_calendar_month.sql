INSERT INTO dim.calendar_month (month_key, calendar_year, month_number, month_name, month_label, first_day, last_day, first_date_key, last_date_key)
VALUES (@month_key, @calendar_year, @month_number, @month_name, @month_label, @first_day, @last_day, @first_date_key, @last_date_key);
