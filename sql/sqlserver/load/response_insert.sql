-- The answer values, from staging: question by code, chosen option by its number (NULL for other answers).
-- Parameters: @load_key INT, @questionnaire_key INT, @file_key INT.
INSERT INTO fact.response (questionnaire_key, question_key, respondent_number, respondent_type, promeneur_id, answered_at,
                           question_option_key, numeric_value, text_value, file_key, source_row)
SELECT @questionnaire_key, q.question_key, s.respondent_number, s.respondent_type, s.promeneur_id, s.answered_at,
       o.question_option_key, s.numeric_value, s.text_value, @file_key, s.source_row
FROM stage.response AS s
JOIN dim.question AS q ON q.questionnaire_key = @questionnaire_key AND q.code = s.question_code
LEFT JOIN dim.question_option AS o ON o.question_key = q.question_key AND o.option_number = s.option_number
WHERE s.load_key = @load_key;
