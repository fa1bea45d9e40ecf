-- Marks the previous version of a file as replaced.
-- Parameters: @file_key INT.
UPDATE etl.source_file SET status = N'Remplacé' WHERE file_key = @file_key;
