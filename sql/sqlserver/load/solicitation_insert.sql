-- The solicitations of a tracking workbook, each on the promeneur version in effect on its date
-- (else the promeneur's first version, as the DuckDB writer does).
-- Parameters: @load_key INT, @file_key INT.
INSERT INTO fact.solicitation (promeneur_key, date_key, month_key, direction_key, interlocutor_key, contact_mode_key,
                               theme_key, age_band_key, new_participant, file_key, source_row)
SELECT v.promeneur_key, s.date_key, s.month_key, s.direction_key, s.interlocutor_key, s.contact_mode_key,
       s.theme_key, s.age_band_key, s.new_participant, @file_key, s.source_row
FROM stage.solicitation AS s
CROSS APPLY (
    SELECT TOP (1) p.promeneur_key
    FROM dim.promeneur AS p
    WHERE p.promeneur_id = s.promeneur_id
    ORDER BY CASE WHEN p.valid_from <= s.solicitation_date AND s.solicitation_date < p.valid_to THEN 0 ELSE 1 END, p.valid_from
) AS v
WHERE s.load_key = @load_key;
