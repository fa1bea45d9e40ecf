-- The months of a tracking workbook, each on the promeneur version in effect on the first day of the month
-- (else the promeneur's first version, as the DuckDB writer does).
-- Parameters: @load_key INT, @file_key INT.
INSERT INTO fact.monthly_activity (promeneur_key, month_key, online_hours, offline_hours, permanences, public_friends,
                                   professional_friends, publications, file_key, source_row)
SELECT v.promeneur_key, s.month_key, s.online_hours, s.offline_hours, s.permanences, s.public_friends,
       s.professional_friends, s.publications, @file_key, s.source_row
FROM stage.monthly_activity AS s
CROSS APPLY (
    SELECT TOP (1) p.promeneur_key
    FROM dim.promeneur AS p
    WHERE p.promeneur_id = s.promeneur_id
    ORDER BY CASE WHEN p.valid_from <= s.version_date AND s.version_date < p.valid_to THEN 0 ELSE 1 END, p.valid_from
) AS v
WHERE s.load_key = @load_key;
