-- Options of the choice questions of a questionnaire being loaded, by question code.
CREATE TABLE [stage].[question_option] (
    [load_key]      INT           NOT NULL,
    [question_code] NVARCHAR(40)  NOT NULL,
    [option_number] SMALLINT      NOT NULL,
    [label]         NVARCHAR(300) NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_question_option] ON [stage].[question_option] ([load_key], [question_code], [option_number]);
