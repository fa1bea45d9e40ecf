-- A re-sent questionnaire replaces its answers, the options of its questions and its questions.
-- Parameters: @questionnaire_key INT.
DELETE FROM fact.response WHERE questionnaire_key = @questionnaire_key;
DELETE FROM dim.question_option
WHERE question_key IN (SELECT question_key FROM dim.question WHERE questionnaire_key = @questionnaire_key);
DELETE FROM dim.question WHERE questionnaire_key = @questionnaire_key;
