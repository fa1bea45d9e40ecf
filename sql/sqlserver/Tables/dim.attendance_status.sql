-- Attendance statuses of an émargement; key = position in the list.
CREATE TABLE [dim].[attendance_status] (
    [attendance_status_key] SMALLINT     NOT NULL,
    [label]                 NVARCHAR(20) NOT NULL,
    CONSTRAINT [PK_attendance_status] PRIMARY KEY CLUSTERED ([attendance_status_key]),
    CONSTRAINT [UQ_attendance_status_label] UNIQUE ([label])
);
