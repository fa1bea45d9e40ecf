-- The onboarding journey (INPUTS.md §6; grain: promeneur × typed step); promeneur_id is the durable key of dim.promeneur.
CREATE TABLE [fact].[onboarding_step] (
    [promeneur_id]        NVARCHAR(20) NOT NULL,
    [onboarding_step_key] SMALLINT     NOT NULL,
    [step_date]           DATE         NOT NULL,
    [date_key]            INT          NOT NULL,
    [file_key]            INT          NOT NULL,
    [source_row]          INT          NOT NULL,
    CONSTRAINT [PK_onboarding_step] PRIMARY KEY CLUSTERED ([promeneur_id], [onboarding_step_key]),
    CONSTRAINT [FK_onboarding_step_step] FOREIGN KEY ([onboarding_step_key]) REFERENCES [dim].[onboarding_step] ([onboarding_step_key]),
    CONSTRAINT [FK_onboarding_step_date] FOREIGN KEY ([date_key]) REFERENCES [dim].[calendar] ([date_key]),
    CONSTRAINT [FK_onboarding_step_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
