-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): check-ins of the nodes of the cluster: a node that stops checking in is recovered by the others.
CREATE TABLE [quartz].[QRTZ_SCHEDULER_STATE] (
    [SCHED_NAME]          NVARCHAR(120)  NOT NULL,
    [INSTANCE_NAME]       NVARCHAR(200)  NOT NULL,
    [LAST_CHECKIN_TIME]   BIGINT         NOT NULL,
    [CHECKIN_INTERVAL]    BIGINT         NOT NULL,
    [QUARTZ_VERSION]      NVARCHAR(20)   NULL,
    CONSTRAINT [PK_QRTZ_SCHEDULER_STATE] PRIMARY KEY CLUSTERED ([SCHED_NAME], [INSTANCE_NAME])
);
