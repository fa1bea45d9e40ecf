-- Questionnaires are type 1: a new code is added, a known code is overwritten (its key is kept).
INSERT INTO dim.questionnaire (code, title, survey_year, departement_code, source_file_key)
VALUES (@code, @title, @survey_year, @departement_code, @source_file_key)
ON CONFLICT (code) DO UPDATE SET
    title = excluded.title,
    survey_year = excluded.survey_year,
    departement_code = excluded.departement_code,
    source_file_key = excluded.source_file_key
RETURNING questionnaire_key;
