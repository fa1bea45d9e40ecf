-- Questionnaires (INPUTS.md §4): QQ filled by promeneurs, QF filled with a parent, a partner, the
-- hierarchy or a colleague. Same tables and columns as sql/sqlserver/Tables (a test keeps them identical).
-- Re-sending a questionnaire (same code) replaces its questions, options and answers in one transaction.

-- One row per questionnaire, keyed by its code (type 1: a re-sent questionnaire overwrites it).
CREATE SEQUENCE dim.questionnaire_seq START 1;
CREATE TABLE dim.questionnaire (
    questionnaire_key INTEGER      NOT NULL PRIMARY KEY DEFAULT nextval('dim.questionnaire_seq'),
    code              VARCHAR(40)  NOT NULL UNIQUE,
    title             VARCHAR(300) NOT NULL,
    survey_year       SMALLINT     NOT NULL,
    departement_code  VARCHAR(3)   NOT NULL,
    source_file_key   INTEGER      NOT NULL
);

-- The questions of a questionnaire, in the order of its Questions sheet (question_number).
-- question_type: 'choix unique', 'choix multiple', 'échelle', 'nombre' or 'texte';
-- scale_min/scale_max: the range of a scale, NULL otherwise.
CREATE SEQUENCE dim.question_seq START 1;
CREATE TABLE dim.question (
    question_key      INTEGER       NOT NULL PRIMARY KEY DEFAULT nextval('dim.question_seq'),
    questionnaire_key INTEGER       NOT NULL,
    question_number   SMALLINT      NOT NULL,
    code              VARCHAR(40)   NOT NULL,
    label             VARCHAR(1000) NOT NULL,
    question_type     VARCHAR(20)   NOT NULL,
    scale_min         SMALLINT,
    scale_max         SMALLINT,
    source_file_key   INTEGER       NOT NULL,
    UNIQUE (questionnaire_key, code)
);

-- The options of a choice question, in the order they are defined (option_number).
CREATE SEQUENCE dim.question_option_seq START 1;
CREATE TABLE dim.question_option (
    question_option_key INTEGER      NOT NULL PRIMARY KEY DEFAULT nextval('dim.question_option_seq'),
    question_key        INTEGER      NOT NULL,
    option_number       SMALLINT     NOT NULL,
    label               VARCHAR(300) NOT NULL,
    UNIQUE (question_key, option_number)
);

-- Answers: one row per answer value (grain: respondent × question × value). A single choice gives
-- its option, a multiple choice one row per option chosen, a scale or a number its numeric_value,
-- a text its text_value, kept exactly as written. The respondent's attributes are on every row.
CREATE TABLE fact.response (
    questionnaire_key   INTEGER       NOT NULL,
    question_key        INTEGER       NOT NULL,
    respondent_number   INTEGER       NOT NULL,
    respondent_type     VARCHAR(20)   NOT NULL,
    promeneur_id        VARCHAR(20),
    answered_at         TIMESTAMP,
    question_option_key INTEGER,
    numeric_value       DECIMAL(18,6),
    text_value          VARCHAR,
    file_key            INTEGER       NOT NULL,
    source_row          INTEGER       NOT NULL
);
