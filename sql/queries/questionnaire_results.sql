-- The single definition of questionnaire results (INDICATORS.md, "Questionnaire results"): counts and
-- sums per question of one questionnaire, for all respondents or one type of respondent. The JSON, the
-- tables and the annexes derive every figure from these rows (Reporting.Indicators.Questionnaires).
--
-- Parameters
--   @code             NVARCHAR  code of the questionnaire (e.g. QQ-2019)
--   @respondent_type  NVARCHAR  'Promeneur', 'Parent', 'Partenaire', 'Hiérarchie', 'Collègue', or '' for all
--
-- Rows (question_code, measure, option_label, numeric_value, amount):
--   ''    repondants   respondents (each loaded respondent has at least one answer)
--   code  repondants   respondents who answered the question
--   code  modalite     answers choosing option_label (a multiple choice counts each option chosen)
--   code  valeurs      numeric answers (scale, number), and their somme, minimum and maximum
--   code  repartition  answers giving numeric_value (scale questions)
--   code  textes       free-text answers (a blank cell is no answer)
WITH answers AS (
    SELECT r.question_code, r.question_type, r.respondent_number, r.option_label, r.numeric_value, r.text_value
    FROM rpt.response AS r
    WHERE r.questionnaire_code = @code
      AND (@respondent_type = '' OR r.respondent_type = @respondent_type)
)
SELECT '' AS question_code, 'repondants' AS measure, '' AS option_label, CAST(NULL AS DECIMAL(18, 6)) AS numeric_value,
       CAST(COUNT(DISTINCT respondent_number) AS DECIMAL(28, 6)) AS amount
FROM answers
UNION ALL
SELECT question_code, 'repondants', '', NULL, CAST(COUNT(DISTINCT respondent_number) AS DECIMAL(28, 6))
FROM answers GROUP BY question_code
UNION ALL
SELECT question_code, 'modalite', option_label, NULL, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM answers WHERE option_label IS NOT NULL GROUP BY question_code, option_label
UNION ALL
SELECT question_code, 'valeurs', '', NULL, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM answers WHERE numeric_value IS NOT NULL GROUP BY question_code
UNION ALL
SELECT question_code, 'somme', '', NULL, CAST(SUM(numeric_value) AS DECIMAL(28, 6))
FROM answers WHERE numeric_value IS NOT NULL GROUP BY question_code
UNION ALL
SELECT question_code, 'minimum', '', NULL, CAST(MIN(numeric_value) AS DECIMAL(28, 6))
FROM answers WHERE numeric_value IS NOT NULL GROUP BY question_code
UNION ALL
SELECT question_code, 'maximum', '', NULL, CAST(MAX(numeric_value) AS DECIMAL(28, 6))
FROM answers WHERE numeric_value IS NOT NULL GROUP BY question_code
UNION ALL
SELECT question_code, 'repartition', '', numeric_value, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM answers WHERE numeric_value IS NOT NULL AND question_type <> 'nombre' GROUP BY question_code, numeric_value
UNION ALL
SELECT question_code, 'textes', '', NULL, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM answers WHERE text_value IS NOT NULL GROUP BY question_code;
