-- A file with the same bytes already ingested (loaded, or loaded then replaced).
-- Parameters: @sha256 NVARCHAR.
SELECT TOP (1) file_key, file_name, status, processed_at, original_path, stored_path
FROM etl.source_file
WHERE sha256 = @sha256 AND status IN (N'Chargé', N'Remplacé')
ORDER BY file_key;
