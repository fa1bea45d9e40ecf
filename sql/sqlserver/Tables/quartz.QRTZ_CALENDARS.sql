-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): calendars that exclude days from triggers (unused by the service, read by Quartz).
CREATE TABLE [quartz].[QRTZ_CALENDARS] (
    [SCHED_NAME]      NVARCHAR(120)  NOT NULL,
    [CALENDAR_NAME]   NVARCHAR(200)  NOT NULL,
    [CALENDAR]        VARBINARY(MAX) NOT NULL,
    CONSTRAINT [PK_QRTZ_CALENDARS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [CALENDAR_NAME])
);
