-- A new version of a tracking workbook replaces the previous one: its facts go, its audit row says so.
-- Parameters: @file_key INT.
DELETE FROM fact.monthly_activity WHERE file_key = @file_key;
DELETE FROM fact.solicitation WHERE file_key = @file_key;
UPDATE etl.source_file SET status = N'Remplacé' WHERE file_key = @file_key;
