INSERT INTO etl.rejected_row (file_key, sheet, source_row, column_name, cell_ref, cell_value, message)
VALUES (@file_key, @sheet, @source_row, @column_name, @cell_ref, @cell_value, @message);
