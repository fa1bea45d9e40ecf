-- Month dimension (grain of the monthly activity fact), keyed yyyymm.
CREATE TABLE [dim].[calendar_month] (
    [month_key]      INT          NOT NULL,
    [calendar_year]  SMALLINT     NOT NULL,
    [month_number]   SMALLINT     NOT NULL,
    [month_name]     NVARCHAR(20) NOT NULL,
    [month_label]    NVARCHAR(30) NOT NULL,
    [first_day]      DATE         NOT NULL,
    [last_day]       DATE         NOT NULL,
    [first_date_key] INT          NOT NULL,
    [last_date_key]  INT          NOT NULL,
    CONSTRAINT [PK_calendar_month] PRIMARY KEY CLUSTERED ([month_key])
);
