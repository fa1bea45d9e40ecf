-- One row per rejected cell: file, sheet, row, column, value and the French message.
CREATE TABLE [etl].[rejected_row] (
    [rejection_key] BIGINT         IDENTITY (1, 1) NOT NULL,
    [file_key]      INT            NOT NULL,
    [sheet]         NVARCHAR(100)  NOT NULL,
    [source_row]    INT            NOT NULL,
    [column_name]   NVARCHAR(100)  NOT NULL,
    [cell_ref]      NVARCHAR(12)   NOT NULL,
    [cell_value]    NVARCHAR(500)  NULL,
    [message]       NVARCHAR(1000) NOT NULL,
    CONSTRAINT [PK_rejected_row] PRIMARY KEY CLUSTERED ([rejection_key]),
    CONSTRAINT [FK_rejected_row_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
