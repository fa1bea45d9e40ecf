-- Marks the previous version of a tracking workbook as replaced.
UPDATE etl.source_file SET status = 'Remplacé' WHERE file_key = @file_key;
