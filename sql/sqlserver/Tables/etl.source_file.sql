-- One row per file seen: its hash, kind, status, rows loaded and rejected, when.
CREATE TABLE [etl].[source_file] (
    [file_key]      INT            IDENTITY (1, 1) NOT NULL,
    [run_key]       INT            NOT NULL,
    [file_name]     NVARCHAR(260)  NOT NULL,
    [original_path] NVARCHAR(1000) NOT NULL,
    [stored_path]   NVARCHAR(1000) NULL,
    [sha256]        NVARCHAR(64)   NOT NULL,
    [size_bytes]    BIGINT         NOT NULL,
    [last_modified] DATETIME2(3)   NOT NULL,
    [kind]          NVARCHAR(40)   NOT NULL,
    [status]        NVARCHAR(30)   NOT NULL,
    [promeneur_id]  NVARCHAR(20)   NULL,
    [file_year]     SMALLINT       NULL,
    [rows_loaded]   INT            NOT NULL,
    [rows_rejected] INT            NOT NULL,
    [message]       NVARCHAR(2000) NULL,
    [processed_at]  DATETIME2(3)   NOT NULL,
    CONSTRAINT [PK_source_file] PRIMARY KEY CLUSTERED ([file_key]),
    CONSTRAINT [FK_source_file_run] FOREIGN KEY ([run_key]) REFERENCES [etl].[run] ([run_key])
);
GO
CREATE NONCLUSTERED INDEX [IX_source_file_sha256] ON [etl].[source_file] ([sha256]);
GO
CREATE NONCLUSTERED INDEX [IX_source_file_promeneur_year] ON [etl].[source_file] ([promeneur_id], [file_year]) INCLUDE ([status]);
