-- The questionnaires loaded in the warehouse, by code (what « reporting questionnaire » can show).
SELECT code, title, survey_year, departement_code
FROM dim.questionnaire
ORDER BY code;
