-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): job groups paused by an operator.
CREATE TABLE [quartz].[QRTZ_PAUSED_JOB_GRPS] (
    [SCHED_NAME]     NVARCHAR(120)  NOT NULL,
    [JOB_GROUP]      NVARCHAR(150)  NOT NULL,
    [PAUSE_REASON]   NVARCHAR(250)  NULL,
    [PAUSED_BY]      NVARCHAR(200)  NULL,
    [PAUSED_AT]      BIGINT         NULL,
    CONSTRAINT [PK_QRTZ_PAUSED_JOB_GRPS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [JOB_GROUP])
);
