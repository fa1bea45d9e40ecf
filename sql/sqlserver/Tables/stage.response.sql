-- Answer values of a questionnaire being loaded, by question code and option number.
CREATE TABLE [stage].[response] (
    [load_key]          INT            NOT NULL,
    [question_code]     NVARCHAR(40)   NOT NULL,
    [respondent_number] INT            NOT NULL,
    [respondent_type]   NVARCHAR(20)   NOT NULL,
    [promeneur_id]      NVARCHAR(20)   NULL,
    [answered_at]       DATETIME2(0)   NULL,
    [option_number]     SMALLINT       NULL,
    [numeric_value]     DECIMAL(18, 6) NULL,
    [text_value]        NVARCHAR(MAX)  NULL,
    [source_row]        INT            NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_response] ON [stage].[response] ([load_key], [question_code]);
