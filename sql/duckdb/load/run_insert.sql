-- Opens the audit row of an ingestion run.
INSERT INTO etl.run (started_at, source_folder, files_seen, files_loaded, files_skipped, files_quarantined, rows_loaded, rows_rejected, status)
VALUES (@started_at, @source_folder, 0, 0, 0, 0, 0, 0, 'En cours')
RETURNING run_key;
