-- Before retrying a file's load after a transient error: the audit row a previous attempt of the same run
-- committed (the commit reached the server, its acknowledgement did not). Found: the file is loaded, do not
-- load it again.
-- Parameters: @run_key INT, @original_path NVARCHAR, @sha256 NVARCHAR.
SELECT file_key
FROM etl.source_file
WHERE run_key = @run_key AND original_path = @original_path AND sha256 = @sha256;
