-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): last outcome of each job, when a scheduler keeps its history in the database (not enabled by the service).
CREATE TABLE [quartz].[QRTZ_JOB_STATUS] (
    [SCHED_NAME]             NVARCHAR(120)  NOT NULL,
    [JOB_GROUP]              NVARCHAR(150)  NOT NULL,
    [JOB_NAME]               NVARCHAR(150)  NOT NULL,
    [FIRST_FIRED_TIME]       BIGINT         NOT NULL,
    [LAST_FIRED_TIME]        BIGINT         NOT NULL,
    [LAST_RESULT]            INT            NOT NULL,
    [LAST_RUN_TIME]          BIGINT         NOT NULL,
    [LAST_INSTANCE_NAME]     NVARCHAR(200)  NOT NULL,
    [LAST_ENTRY_ID]          NVARCHAR(140)  NULL,
    [LAST_SUMMARY]           NVARCHAR(1000) NULL,
    [LAST_SUCCESS_TIME]      BIGINT         NULL,
    [LAST_FAILURE_TIME]      BIGINT         NULL,
    [LAST_FAILURE_MESSAGE]   NVARCHAR(1000) NULL,
    [CONSECUTIVE_FAILURES]   INT            NOT NULL CONSTRAINT [DF_QRTZ_JOB_STATUS_CONSECUTIVE_FAILURES] DEFAULT (0),
    [RUN_COUNT]              BIGINT         NOT NULL CONSTRAINT [DF_QRTZ_JOB_STATUS_RUN_COUNT] DEFAULT (0),
    [FAILURE_COUNT]          BIGINT         NOT NULL CONSTRAINT [DF_QRTZ_JOB_STATUS_FAILURE_COUNT] DEFAULT (0),
    CONSTRAINT [PK_QRTZ_JOB_STATUS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [JOB_GROUP], [JOB_NAME])
);
