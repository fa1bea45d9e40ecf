-- Records one file seen by a run and returns its key.
-- Parameters: @run_key INT, @file_name NVARCHAR, @original_path NVARCHAR, @stored_path NVARCHAR, @sha256 NVARCHAR,
-- @size_bytes BIGINT, @last_modified DATETIME2, @kind NVARCHAR, @status NVARCHAR, @promeneur_id NVARCHAR,
-- @file_year SMALLINT, @rows_loaded INT, @rows_rejected INT, @message NVARCHAR, @processed_at DATETIME2.
INSERT INTO etl.source_file (run_key, file_name, original_path, stored_path, sha256, size_bytes, last_modified, kind, status,
                             promeneur_id, file_year, rows_loaded, rows_rejected, message, processed_at)
OUTPUT INSERTED.file_key
VALUES (@run_key, @file_name, @original_path, @stored_path, @sha256, @size_bytes, @last_modified, @kind, @status,
        @promeneur_id, @file_year, @rows_loaded, @rows_rejected, @message, @processed_at);
