-- Questionnaires (QQ, QF), keyed by their code: type 1, a re-sent questionnaire overwrites its row.
CREATE TABLE [dim].[questionnaire] (
    [questionnaire_key] INT           IDENTITY (1, 1) NOT NULL,
    [code]              NVARCHAR(40)  NOT NULL,
    [title]             NVARCHAR(300) NOT NULL,
    [survey_year]       SMALLINT      NOT NULL,
    [departement_code]  NVARCHAR(3)   NOT NULL,
    [source_file_key]   INT           NOT NULL,
    CONSTRAINT [PK_questionnaire] PRIMARY KEY CLUSTERED ([questionnaire_key]),
    CONSTRAINT [UQ_questionnaire_code] UNIQUE ([code])
);
