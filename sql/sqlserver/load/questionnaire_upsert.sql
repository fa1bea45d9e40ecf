-- Questionnaires are type 1: a known code is overwritten (its key is kept), a new code is added. Returns the key.
-- Parameters: @code NVARCHAR, @title NVARCHAR, @survey_year SMALLINT, @departement_code NVARCHAR, @source_file_key INT.
UPDATE dim.questionnaire
SET title = @title,
    survey_year = @survey_year,
    departement_code = @departement_code,
    source_file_key = @source_file_key
WHERE code = @code;

INSERT INTO dim.questionnaire (code, title, survey_year, departement_code, source_file_key)
SELECT @code, @title, @survey_year, @departement_code, @source_file_key
WHERE NOT EXISTS (SELECT 1 FROM dim.questionnaire WHERE code = @code);

SELECT questionnaire_key FROM dim.questionnaire WHERE code = @code;
