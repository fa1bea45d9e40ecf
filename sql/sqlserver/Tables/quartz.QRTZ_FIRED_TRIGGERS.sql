-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): firings in progress on each node: what cluster recovery hands to another node when one stops.
CREATE TABLE [quartz].[QRTZ_FIRED_TRIGGERS] (
    [SCHED_NAME]                 NVARCHAR(120)  NOT NULL,
    [ENTRY_ID]                   NVARCHAR(140)  NOT NULL,
    [TRIGGER_NAME]               NVARCHAR(150)  NOT NULL,
    [TRIGGER_GROUP]              NVARCHAR(150)  NOT NULL,
    [INSTANCE_NAME]              NVARCHAR(200)  NOT NULL,
    [FIRED_TIME]                 BIGINT         NOT NULL,
    [SCHED_TIME]                 BIGINT         NOT NULL,
    [PRIORITY]                   INT            NOT NULL,
    [STATE]                      NVARCHAR(16)   NOT NULL,
    [JOB_NAME]                   NVARCHAR(150)  NULL,
    [JOB_GROUP]                  NVARCHAR(150)  NULL,
    [IS_NONCONCURRENT]           BIT            NULL,
    [REQUESTS_RECOVERY]          BIT            NULL,
    [EXECUTION_GROUP]            NVARCHAR(200)  NULL,
    [PROGRESS]                   INT            NULL,
    [PROGRESS_MESSAGE]           NVARCHAR(250)  NULL,
    [INTERRUPT_REQUESTED_TIME]   BIGINT         NULL,
    CONSTRAINT [PK_QRTZ_FIRED_TRIGGERS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [ENTRY_ID])
);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_FT_INST_JOB_REQ_RCVRY] ON [quartz].[QRTZ_FIRED_TRIGGERS] ([SCHED_NAME], [INSTANCE_NAME], [REQUESTS_RECOVERY]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_FT_J_G] ON [quartz].[QRTZ_FIRED_TRIGGERS] ([SCHED_NAME], [JOB_NAME], [JOB_GROUP]);
GO
CREATE NONCLUSTERED INDEX [IDX_QRTZ_FT_T_G] ON [quartz].[QRTZ_FIRED_TRIGGERS] ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP]);
