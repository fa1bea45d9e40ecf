-- Monthly time and activity: one row per submitted month of a promeneur (grain: promeneur × month).
CREATE TABLE [fact].[monthly_activity] (
    [promeneur_key]        INT            NOT NULL,
    [month_key]            INT            NOT NULL,
    [online_hours]         DECIMAL(18, 6) NOT NULL,
    [offline_hours]        DECIMAL(18, 6) NOT NULL,
    [permanences]          INT            NOT NULL,
    [public_friends]       INT            NOT NULL,
    [professional_friends] INT            NOT NULL,
    [publications]         INT            NOT NULL,
    [file_key]             INT            NOT NULL,
    [source_row]           INT            NOT NULL,
    CONSTRAINT [PK_monthly_activity] PRIMARY KEY CLUSTERED ([promeneur_key], [month_key]),
    CONSTRAINT [FK_monthly_activity_promeneur] FOREIGN KEY ([promeneur_key]) REFERENCES [dim].[promeneur] ([promeneur_key]),
    CONSTRAINT [FK_monthly_activity_month] FOREIGN KEY ([month_key]) REFERENCES [dim].[calendar_month] ([month_key]),
    CONSTRAINT [FK_monthly_activity_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
