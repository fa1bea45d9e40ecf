-- The audit row of a purge applied by « reporting purger --appliquer ».
INSERT INTO etl.purge (purged_at, retention_years, cutoff_date, promeneurs_pseudonymised, files_deleted, bytes_deleted, folders)
VALUES (@purged_at, @retention_years, @cutoff_date, @promeneurs_pseudonymised, @files_deleted, @bytes_deleted, @folders);
