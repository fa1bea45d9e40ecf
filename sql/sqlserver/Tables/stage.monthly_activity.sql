-- Months of a tracking workbook being loaded; version_date picks the promeneur version (first day of the month).
CREATE TABLE [stage].[monthly_activity] (
    [load_key]             INT            NOT NULL,
    [promeneur_id]         NVARCHAR(20)   NOT NULL,
    [version_date]         DATE           NOT NULL,
    [month_key]            INT            NOT NULL,
    [online_hours]         DECIMAL(18, 6) NOT NULL,
    [offline_hours]        DECIMAL(18, 6) NOT NULL,
    [permanences]          INT            NOT NULL,
    [public_friends]       INT            NOT NULL,
    [professional_friends] INT            NOT NULL,
    [publications]         INT            NOT NULL,
    [source_row]           INT            NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_monthly_activity] ON [stage].[monthly_activity] ([load_key], [source_row]);
