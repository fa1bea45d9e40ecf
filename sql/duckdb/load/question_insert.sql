-- One question of a questionnaire.
INSERT INTO dim.question (questionnaire_key, question_number, code, label, question_type, scale_min, scale_max, source_file_key)
VALUES (@questionnaire_key, @question_number, @code, @label, @question_type, @scale_min, @scale_max, @source_file_key)
RETURNING question_key;
