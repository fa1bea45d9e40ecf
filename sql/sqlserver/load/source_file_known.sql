-- Every file ingested before (loaded, or loaded then replaced), read once per run: a file with the same bytes is skipped.
SELECT sha256, file_key, file_name, status, processed_at, original_path, stored_path
FROM etl.source_file
WHERE status IN (N'Chargé', N'Remplacé')
ORDER BY file_key;
