-- One option of a choice question.
INSERT INTO dim.question_option (question_key, option_number, label)
VALUES (@question_key, @option_number, @label)
RETURNING question_option_key;
