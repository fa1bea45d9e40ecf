-- The départements that have data for a year: at least one tracking workbook of that year is loaded
-- for one of their promeneurs. The scheduled service writes the monthly annexes of these départements.
--
-- Parameters
--   @year    SMALLINT  year of the tracking workbooks
--   @kind    NVARCHAR  kind of file of a tracking workbook (etl.source_file.kind)
--   @status  NVARCHAR  status of a file whose rows are loaded (etl.source_file.status)
SELECT DISTINCT p.departement_code
FROM etl.source_file AS f
JOIN dim.promeneur AS p ON p.promeneur_id = f.promeneur_id AND p.is_current = 1
WHERE f.file_year = @year
  AND f.kind = @kind
  AND f.status = @status
ORDER BY p.departement_code;
