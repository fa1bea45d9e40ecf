-- The options of the choice questions, from staging, attached to their question by code.
-- Parameters: @load_key INT, @questionnaire_key INT.
INSERT INTO dim.question_option (question_key, option_number, label)
SELECT q.question_key, s.option_number, s.label
FROM stage.question_option AS s
JOIN dim.question AS q ON q.questionnaire_key = @questionnaire_key AND q.code = s.question_code
WHERE s.load_key = @load_key
ORDER BY q.question_number, s.option_number;
