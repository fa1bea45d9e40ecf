-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): triggers of other types, serialized (unused by the service, read by Quartz).
CREATE TABLE [quartz].[QRTZ_BLOB_TRIGGERS] (
    [SCHED_NAME]      NVARCHAR(120)  NOT NULL,
    [TRIGGER_NAME]    NVARCHAR(150)  NOT NULL,
    [TRIGGER_GROUP]   NVARCHAR(150)  NOT NULL,
    [BLOB_DATA]       VARBINARY(MAX) NULL,
    CONSTRAINT [PK_QRTZ_BLOB_TRIGGERS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [TRIGGER_NAME], [TRIGGER_GROUP])
);
