-- A kept copy deleted by « reporting purger »: the audit row stays, without a path to a file that no longer exists.
-- Parameters: @stored_path NVARCHAR.
UPDATE etl.source_file
SET stored_path = NULL
WHERE stored_path = @stored_path;
