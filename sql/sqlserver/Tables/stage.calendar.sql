-- Days of the built-in calendar being seeded (load_key 0), copied into dim.calendar.
CREATE TABLE [stage].[calendar] (
    [load_key]       INT          NOT NULL,
    [date_key]       INT          NOT NULL,
    [full_date]      DATE         NOT NULL,
    [calendar_year]  SMALLINT     NOT NULL,
    [quarter_number] SMALLINT     NOT NULL,
    [month_number]   SMALLINT     NOT NULL,
    [day_of_month]   SMALLINT     NOT NULL,
    [month_key]      INT          NOT NULL,
    [month_name]     NVARCHAR(20) NOT NULL,
    [day_of_week]    SMALLINT     NOT NULL,
    [day_name]       NVARCHAR(20) NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_calendar] ON [stage].[calendar] ([load_key], [date_key]);
