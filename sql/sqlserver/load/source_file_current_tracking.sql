-- The loaded version of a promeneur's tracking workbook for a year, if any.
-- Parameters: @promeneur_id NVARCHAR, @file_year SMALLINT, @kind NVARCHAR.
SELECT TOP (1) file_key, file_name, last_modified, rows_loaded
FROM etl.source_file
WHERE promeneur_id = @promeneur_id AND file_year = @file_year AND status = N'Chargé' AND kind = @kind
ORDER BY file_key DESC;
