-- A re-sent questionnaire replaces the options of its questions.
DELETE FROM dim.question_option
WHERE question_key IN (SELECT question_key FROM dim.question WHERE questionnaire_key = @questionnaire_key);
