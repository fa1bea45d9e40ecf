-- The key of a loaded questionnaire by its code (NULL when it was never loaded).
SELECT questionnaire_key FROM dim.questionnaire WHERE code = @code;
