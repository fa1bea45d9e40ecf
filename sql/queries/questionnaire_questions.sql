-- The questions of one questionnaire with their options, in their order: results list every option
-- of a choice and every value of a scale, even when nobody chose it.
--
-- Parameters
--   @code  NVARCHAR  code of the questionnaire (e.g. QQ-2019)
SELECT
    questionnaire_code,
    questionnaire_title,
    survey_year,
    departement_code,
    question_number,
    question_code,
    question_label,
    question_type,
    scale_min,
    scale_max,
    option_number,
    option_label
FROM rpt.question
WHERE questionnaire_code = @code
ORDER BY question_number, option_number;
