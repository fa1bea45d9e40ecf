-- Submitted months with their values, by durable promeneur id (one row per promeneur and month).
CREATE VIEW rpt.activity_month AS
SELECT
    p.promeneur_id,
    p.departement_code,
    f.month_key,
    m.calendar_year,
    m.month_number,
    f.online_hours,
    f.offline_hours,
    f.online_hours + f.offline_hours AS total_hours,
    f.permanences,
    f.public_friends,
    f.professional_friends,
    f.publications,
    f.file_key,
    f.source_row,
    m.first_date_key AS month_date_key
FROM fact.monthly_activity AS f
JOIN dim.promeneur AS p ON p.promeneur_key = f.promeneur_key
JOIN dim.calendar_month AS m ON m.month_key = f.month_key;
