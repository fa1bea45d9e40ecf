-- The questions of a questionnaire, in the order of its Questions sheet; replaced when it is re-sent.
-- question_type: 'choix unique', 'choix multiple', 'échelle', 'nombre' or 'texte'.
CREATE TABLE [dim].[question] (
    [question_key]      INT            IDENTITY (1, 1) NOT NULL,
    [questionnaire_key] INT            NOT NULL,
    [question_number]   SMALLINT       NOT NULL,
    [code]              NVARCHAR(40)   NOT NULL,
    [label]             NVARCHAR(1000) NOT NULL,
    [question_type]     NVARCHAR(20)   NOT NULL,
    [scale_min]         SMALLINT       NULL,
    [scale_max]         SMALLINT       NULL,
    [source_file_key]   INT            NOT NULL,
    CONSTRAINT [PK_question] PRIMARY KEY CLUSTERED ([question_key]),
    CONSTRAINT [UQ_question_code] UNIQUE ([questionnaire_key], [code]),
    CONSTRAINT [FK_question_questionnaire] FOREIGN KEY ([questionnaire_key]) REFERENCES [dim].[questionnaire] ([questionnaire_key])
);
