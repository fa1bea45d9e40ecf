-- The free-text answers of one questionnaire, exactly as written, in the order of the respondents
-- (quotes for tables and annexes: shown as text, never as a formula).
--
-- Parameters
--   @code             NVARCHAR  code of the questionnaire (e.g. QQ-2019)
--   @respondent_type  NVARCHAR  'Promeneur', 'Parent', 'Partenaire', 'Hiérarchie', 'Collègue', or '' for all
SELECT r.question_code, r.respondent_number, r.respondent_type, r.text_value
FROM rpt.response AS r
WHERE r.questionnaire_code = @code
  AND (@respondent_type = '' OR r.respondent_type = @respondent_type)
  AND r.text_value IS NOT NULL
ORDER BY r.question_number, r.respondent_number;
