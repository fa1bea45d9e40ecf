-- Attendance: factless fact, one row per invited promeneur and event (grain: event × promeneur).
CREATE TABLE [fact].[attendance] (
    [event_key]             INT      NOT NULL,
    [promeneur_key]         INT      NOT NULL,
    [attendance_status_key] SMALLINT NOT NULL,
    [file_key]              INT      NOT NULL,
    [source_row]            INT      NOT NULL,
    CONSTRAINT [PK_attendance] PRIMARY KEY CLUSTERED ([event_key], [promeneur_key]),
    CONSTRAINT [FK_attendance_event] FOREIGN KEY ([event_key]) REFERENCES [dim].[event] ([event_key]),
    CONSTRAINT [FK_attendance_promeneur] FOREIGN KEY ([promeneur_key]) REFERENCES [dim].[promeneur] ([promeneur_key]),
    CONSTRAINT [FK_attendance_status] FOREIGN KEY ([attendance_status_key]) REFERENCES [dim].[attendance_status] ([attendance_status_key]),
    CONSTRAINT [FK_attendance_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
