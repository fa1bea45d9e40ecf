-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): the jobs the scheduler knows (ingest, monthly annexes): one row per job key.
CREATE TABLE [quartz].[QRTZ_JOB_DETAILS] (
    [SCHED_NAME]          NVARCHAR(120)  NOT NULL,
    [JOB_NAME]            NVARCHAR(150)  NOT NULL,
    [JOB_GROUP]           NVARCHAR(150)  NOT NULL,
    [DESCRIPTION]         NVARCHAR(250)  NULL,
    [JOB_CLASS_NAME]      NVARCHAR(250)  NOT NULL,
    [IS_DURABLE]          BIT            NOT NULL,
    [IS_NONCONCURRENT]    BIT            NOT NULL,
    [IS_UPDATE_DATA]      BIT            NOT NULL,
    [REQUESTS_RECOVERY]   BIT            NOT NULL,
    [JOB_DATA]            VARBINARY(MAX) NULL,
    CONSTRAINT [PK_QRTZ_JOB_DETAILS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [JOB_NAME], [JOB_GROUP])
);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_J_G_N] ON [quartz].[QRTZ_JOB_DETAILS] ([SCHED_NAME], [JOB_GROUP], [JOB_NAME]);
