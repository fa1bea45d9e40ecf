-- The rejected cells of the file(s) being loaded, from staging.
-- Parameters: @load_key INT.
INSERT INTO etl.rejected_row (file_key, sheet, source_row, column_name, cell_ref, cell_value, message)
SELECT file_key, sheet, source_row, column_name, cell_ref, cell_value, message
FROM stage.rejected_row
WHERE load_key = @load_key;
