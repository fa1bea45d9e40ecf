-- One row per ingestion run.
CREATE TABLE [etl].[run] (
    [run_key]           INT             IDENTITY (1, 1) NOT NULL,
    [started_at]        DATETIME2(3)    NOT NULL,
    [finished_at]       DATETIME2(3)    NULL,
    [source_folder]     NVARCHAR(1000)  NOT NULL,
    [files_seen]        INT             NOT NULL,
    [files_loaded]      INT             NOT NULL,
    [files_skipped]     INT             NOT NULL,
    [files_quarantined] INT             NOT NULL,
    [rows_loaded]       INT             NOT NULL,
    [rows_rejected]     INT             NOT NULL,
    [status]            NVARCHAR(20)    NOT NULL,
    CONSTRAINT [PK_run] PRIMARY KEY CLUSTERED ([run_key])
);
