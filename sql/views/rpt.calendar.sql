-- The days of the calendar (2010–2040, contiguous): Power BI's date table.
CREATE VIEW rpt.calendar AS
SELECT
    c.date_key,
    c.full_date,
    c.calendar_year,
    c.quarter_number,
    c.month_number,
    c.month_key,
    c.month_name,
    c.day_of_month
FROM dim.calendar AS c;
