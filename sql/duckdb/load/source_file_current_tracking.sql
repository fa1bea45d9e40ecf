-- The loaded version of a promeneur's tracking workbook for a year, if any.
SELECT file_key, file_name, last_modified, rows_loaded
FROM etl.source_file
WHERE promeneur_id = @promeneur_id AND file_year = @file_year AND status = 'Chargé' AND kind = @kind
ORDER BY file_key DESC
LIMIT 1;
