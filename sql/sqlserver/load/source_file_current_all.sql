-- The loaded version of every promeneur's yearly file (tracking workbook), read once per run; the last file_key wins.
SELECT promeneur_id, file_year, kind, file_key, file_name, last_modified, rows_loaded
FROM etl.source_file
WHERE status = N'Chargé' AND promeneur_id IS NOT NULL AND file_year IS NOT NULL
ORDER BY file_key;
