-- The audit row of a purge applied by « reporting purger --appliquer ».
-- Parameters: @purged_at DATETIME2, @retention_years SMALLINT, @cutoff_date DATE, @promeneurs_pseudonymised INT,
-- @files_deleted INT, @bytes_deleted BIGINT, @folders NVARCHAR.
INSERT INTO etl.purge (purged_at, retention_years, cutoff_date, promeneurs_pseudonymised, files_deleted, bytes_deleted, folders)
VALUES (@purged_at, @retention_years, @cutoff_date, @promeneurs_pseudonymised, @files_deleted, @bytes_deleted, @folders);
