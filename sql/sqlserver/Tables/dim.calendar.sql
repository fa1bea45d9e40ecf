-- Date dimension, one row per day, keyed yyyymmdd.
CREATE TABLE [dim].[calendar] (
    [date_key]       INT          NOT NULL,
    [full_date]      DATE         NOT NULL,
    [calendar_year]  SMALLINT     NOT NULL,
    [quarter_number] SMALLINT     NOT NULL,
    [month_number]   SMALLINT     NOT NULL,
    [day_of_month]   SMALLINT     NOT NULL,
    [month_key]      INT          NOT NULL,
    [month_name]     NVARCHAR(20) NOT NULL,
    [day_of_week]    SMALLINT     NOT NULL,
    [day_name]       NVARCHAR(20) NOT NULL,
    CONSTRAINT [PK_calendar] PRIMARY KEY CLUSTERED ([date_key])
);
