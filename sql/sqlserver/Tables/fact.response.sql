-- Answers to questionnaires: one row per answer value (grain: respondent × question × value). A single
-- choice gives its option, a multiple choice one row per option chosen, a scale or a number its
-- numeric_value, a text its text_value (kept exactly as written, never a formula).
CREATE TABLE [fact].[response] (
    [questionnaire_key]   INT            NOT NULL,
    [question_key]        INT            NOT NULL,
    [respondent_number]   INT            NOT NULL,
    [respondent_type]     NVARCHAR(20)   NOT NULL,
    [promeneur_id]        NVARCHAR(20)   NULL,
    [answered_at]         DATETIME2(0)   NULL,
    [question_option_key] INT            NULL,
    [numeric_value]       DECIMAL(18, 6) NULL,
    [text_value]          NVARCHAR(MAX)  NULL,
    [file_key]            INT            NOT NULL,
    [source_row]          INT            NOT NULL,
    CONSTRAINT [FK_response_questionnaire] FOREIGN KEY ([questionnaire_key]) REFERENCES [dim].[questionnaire] ([questionnaire_key]),
    CONSTRAINT [FK_response_question] FOREIGN KEY ([question_key]) REFERENCES [dim].[question] ([question_key]),
    CONSTRAINT [FK_response_option] FOREIGN KEY ([question_option_key]) REFERENCES [dim].[question_option] ([question_option_key]),
    CONSTRAINT [FK_response_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
GO
CREATE CLUSTERED INDEX [CX_response_questionnaire] ON [fact].[response] ([questionnaire_key], [question_key], [respondent_number]);
