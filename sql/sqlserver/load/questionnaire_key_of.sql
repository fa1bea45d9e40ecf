-- The key of a loaded questionnaire by its code (no row when it was never loaded).
-- Parameters: @code NVARCHAR.
SELECT questionnaire_key FROM dim.questionnaire WHERE code = @code;
