-- The files that hold the loaded version of a questionnaire (description, questions, answers).
-- Parameters: @code NVARCHAR.
SELECT f.file_key, f.file_name, f.status, f.processed_at, f.original_path, f.stored_path
FROM etl.source_file AS f
WHERE f.status = N'Chargé'
  AND (f.file_key IN (SELECT q.source_file_key FROM dim.questionnaire AS q WHERE q.code = @code)
       OR f.file_key IN (SELECT qu.source_file_key FROM dim.question AS qu JOIN dim.questionnaire AS q ON q.questionnaire_key = qu.questionnaire_key WHERE q.code = @code)
       OR f.file_key IN (SELECT r.file_key FROM fact.response AS r JOIN dim.questionnaire AS q ON q.questionnaire_key = r.questionnaire_key WHERE q.code = @code))
ORDER BY f.file_key;
