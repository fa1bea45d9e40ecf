-- The options of a choice question, in the order they are defined.
CREATE TABLE [dim].[question_option] (
    [question_option_key] INT           IDENTITY (1, 1) NOT NULL,
    [question_key]        INT           NOT NULL,
    [option_number]       SMALLINT      NOT NULL,
    [label]               NVARCHAR(300) NOT NULL,
    CONSTRAINT [PK_question_option] PRIMARY KEY CLUSTERED ([question_option_key]),
    CONSTRAINT [UQ_question_option_number] UNIQUE ([question_key], [option_number]),
    CONSTRAINT [FK_question_option_question] FOREIGN KEY ([question_key]) REFERENCES [dim].[question] ([question_key])
);
