-- The questions of a questionnaire, from staging, in their order.
-- Parameters: @load_key INT, @questionnaire_key INT, @source_file_key INT.
INSERT INTO dim.question (questionnaire_key, question_number, code, label, question_type, scale_min, scale_max, source_file_key)
SELECT @questionnaire_key, s.question_number, s.code, s.label, s.question_type, s.scale_min, s.scale_max, @source_file_key
FROM stage.question AS s
WHERE s.load_key = @load_key
ORDER BY s.question_number;
