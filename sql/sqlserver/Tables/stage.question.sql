-- Questions of a questionnaire being loaded.
CREATE TABLE [stage].[question] (
    [load_key]        INT            NOT NULL,
    [question_number] SMALLINT       NOT NULL,
    [code]            NVARCHAR(40)   NOT NULL,
    [label]           NVARCHAR(1000) NOT NULL,
    [question_type]   NVARCHAR(20)   NOT NULL,
    [scale_min]       SMALLINT       NULL,
    [scale_max]       SMALLINT       NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_question] ON [stage].[question] ([load_key], [code]);
