-- The questions of every questionnaire with their options: one row per option of a choice question,
-- one row (option columns NULL) per other question. Results list every option, even unchosen.
CREATE VIEW rpt.question AS
SELECT
    q.questionnaire_key,
    q.code AS questionnaire_code,
    q.title AS questionnaire_title,
    q.survey_year,
    q.departement_code,
    qu.question_key,
    qu.question_number,
    qu.code AS question_code,
    qu.label AS question_label,
    qu.question_type,
    qu.scale_min,
    qu.scale_max,
    o.option_number,
    o.label AS option_label
FROM dim.question AS qu
JOIN dim.questionnaire AS q ON q.questionnaire_key = qu.questionnaire_key
LEFT JOIN dim.question_option AS o ON o.question_key = qu.question_key;
