-- Opens the audit row of an ingestion run.
-- Parameters: @started_at DATETIME2, @source_folder NVARCHAR.
INSERT INTO etl.run (started_at, source_folder, files_seen, files_loaded, files_skipped, files_quarantined, rows_loaded, rows_rejected, status)
OUTPUT INSERTED.run_key
VALUES (@started_at, @source_folder, 0, 0, 0, 0, 0, 0, N'En cours');
