-- Records one file seen by a run.
INSERT INTO etl.source_file (run_key, file_name, original_path, stored_path, sha256, size_bytes, last_modified, kind, status,
                             promeneur_id, file_year, rows_loaded, rows_rejected, message, processed_at)
VALUES (@run_key, @file_name, @original_path, @stored_path, @sha256, @size_bytes, @last_modified, @kind, @status,
        @promeneur_id, @file_year, @rows_loaded, @rows_rejected, @message, @processed_at)
RETURNING file_key;
