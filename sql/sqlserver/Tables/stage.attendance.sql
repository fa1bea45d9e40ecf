-- Rows of an attendance sheet being loaded: events by code, promeneurs by durable id.
CREATE TABLE [stage].[attendance] (
    [load_key]              INT          NOT NULL,
    [event_code]            NVARCHAR(40) NOT NULL,
    [promeneur_id]          NVARCHAR(20) NOT NULL,
    [attendance_status_key] SMALLINT     NOT NULL,
    [source_row]            INT          NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_attendance] ON [stage].[attendance] ([load_key], [event_code]);
