-- Rejected cells of the file(s) being loaded (a questionnaire's files share one load_key).
CREATE TABLE [stage].[rejected_row] (
    [load_key]    INT            NOT NULL,
    [file_key]    INT            NOT NULL,
    [sheet]       NVARCHAR(100)  NOT NULL,
    [source_row]  INT            NOT NULL,
    [column_name] NVARCHAR(100)  NOT NULL,
    [cell_ref]    NVARCHAR(12)   NOT NULL,
    [cell_value]  NVARCHAR(500)  NULL,
    [message]     NVARCHAR(1000) NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_rejected_row] ON [stage].[rejected_row] ([load_key]);
