-- Answers to questionnaires, one row per answer value, with the questionnaire, the question, the
-- respondent and the option chosen (choice), the value (scale, number) or the text (free text, kept as
-- written: outputs show it as text, never as a formula). Questionnaire results read this view.
CREATE VIEW rpt.response AS
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
    r.respondent_number,
    r.respondent_type,
    r.promeneur_id,
    r.answered_at,
    o.option_number,
    o.label AS option_label,
    r.numeric_value,
    r.text_value,
    r.file_key,
    r.source_row
FROM fact.response AS r
JOIN dim.questionnaire AS q ON q.questionnaire_key = r.questionnaire_key
JOIN dim.question AS qu ON qu.question_key = r.question_key
LEFT JOIN dim.question_option AS o ON o.question_option_key = r.question_option_key;
