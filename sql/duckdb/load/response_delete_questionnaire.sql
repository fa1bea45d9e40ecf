-- A re-sent questionnaire replaces all its answers.
DELETE FROM fact.response WHERE questionnaire_key = @questionnaire_key;
