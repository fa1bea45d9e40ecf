-- Quartz.NET 4.7.3 job store (clustered scheduler on SQL Server): the row locks the nodes take in turn (TRIGGER_ACCESS, STATE_ACCESS): one node fires a trigger, never two.
CREATE TABLE [quartz].[QRTZ_LOCKS] (
    [SCHED_NAME]   NVARCHAR(120)  NOT NULL,
    [LOCK_NAME]    NVARCHAR(40)   NOT NULL,
    CONSTRAINT [PK_QRTZ_LOCKS] PRIMARY KEY CLUSTERED ([SCHED_NAME], [LOCK_NAME])
);
