-- A re-sent questionnaire replaces its questions.
DELETE FROM dim.question WHERE questionnaire_key = @questionnaire_key;
