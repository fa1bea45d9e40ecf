-- Closes the audit row of an ingestion run with its totals.
-- Parameters: @run_key INT, @finished_at DATETIME2, @files_seen INT, @files_loaded INT, @files_skipped INT,
-- @files_quarantined INT, @rows_loaded INT, @rows_rejected INT, @status NVARCHAR.
UPDATE etl.run
SET finished_at = @finished_at,
    files_seen = @files_seen,
    files_loaded = @files_loaded,
    files_skipped = @files_skipped,
    files_quarantined = @files_quarantined,
    rows_loaded = @rows_loaded,
    rows_rejected = @rows_rejected,
    status = @status
WHERE run_key = @run_key;
