-- The rejected cells of the tracking workbooks in force for a département's promeneurs and a year
-- (etl.rejected_row of the files whose rows are loaded), with the file's archived copy: the quality
-- sheet of the annexes and the feedback workbooks sent back to the promeneurs read this query.
--
-- Parameters
--   @departement  NVARCHAR  INSEE code
--   @year         SMALLINT  year of the tracking workbooks
--   @kind         NVARCHAR  kind of file of a tracking workbook (etl.source_file.kind)
--   @status       NVARCHAR  status of a file whose rows are loaded (etl.source_file.status)
SELECT f.file_key, f.file_name, f.stored_path, f.promeneur_id, f.processed_at,
       r.sheet, r.source_row, r.column_name, r.cell_ref, r.cell_value, r.message
FROM etl.source_file AS f
JOIN etl.rejected_row AS r ON r.file_key = f.file_key
JOIN dim.promeneur AS p ON p.promeneur_id = f.promeneur_id AND p.is_current = 1
WHERE p.departement_code = @departement
  AND f.file_year = @year
  AND f.kind = @kind
  AND f.status = @status
ORDER BY f.promeneur_id, f.file_key, r.sheet, r.source_row, r.rejection_key;
