-- What the annexes of each département read, reduced to one number: the greatest audit key
-- (etl.source_file.file_key) among the loaded files their rows come from — the tracking workbooks of the
-- years an annex reads (first_year to last_year) of the département's promeneurs, the lists that describe its promeneurs
-- and structures, its regroupements and their attendance sheets. Audit keys only grow, so an annex written
-- when the mark was m is out of date once the mark is greater than m: the scheduled service then writes it
-- again (etl/REGLES.md, « Service planifié »). Nothing here depends on a clock or on the job store.
--
-- Parameters
--   @first_year, @last_year  SMALLINT  years of the tracking workbooks an annex reads
--   @status                  NVARCHAR  status of a file whose rows are loaded (etl.source_file.status)
SELECT loaded.departement_code, CAST(MAX(loaded.file_key) AS INT) AS data_mark
FROM (
    SELECT p.departement_code, f.file_key
    FROM etl.source_file AS f
    JOIN dim.promeneur AS p ON p.promeneur_id = f.promeneur_id AND p.is_current = 1
    WHERE f.file_year BETWEEN @first_year AND @last_year
      AND f.status = @status
    UNION ALL
    SELECT departement_code, source_file_key FROM dim.promeneur
    UNION ALL
    SELECT departement_code, source_file_key FROM dim.structure
    UNION ALL
    SELECT departement_code, source_file_key FROM dim.event
    UNION ALL
    SELECT e.departement_code, a.file_key
    FROM fact.attendance AS a
    JOIN dim.event AS e ON e.event_key = a.event_key
) AS loaded
GROUP BY loaded.departement_code
ORDER BY loaded.departement_code;
