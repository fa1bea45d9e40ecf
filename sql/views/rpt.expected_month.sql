-- Months each promeneur is expected to send (active at least one day of the month, from the
-- labellisation dates) and whether the month was submitted. "Who has not sent data" reads this.
CREATE VIEW rpt.expected_month AS
SELECT
    p.promeneur_id,
    p.departement_code,
    m.month_key,
    m.calendar_year,
    m.month_number,
    CASE WHEN f.month_key IS NULL THEN 0 ELSE 1 END AS submitted,
    m.first_date_key AS month_date_key
FROM dim.promeneur AS p
JOIN dim.calendar_month AS m
    ON m.last_day >= p.labelled_from
   AND (p.labelled_to IS NULL OR m.first_day <= p.labelled_to)
LEFT JOIN rpt.activity_month AS f
    ON f.promeneur_id = p.promeneur_id
   AND f.month_key = m.month_key
WHERE p.is_current = 1;
