-- Regroupements (network meetings) and attendance (INPUTS.md §3).

-- Attendance statuses of an émargement; key = position in the list.
CREATE TABLE dim.attendance_status (
    attendance_status_key SMALLINT    NOT NULL PRIMARY KEY,
    label                 VARCHAR(20) NOT NULL UNIQUE
);

-- Events: type 1, keyed by their code; a re-sent list overwrites them.
CREATE SEQUENCE dim.event_seq START 1;
CREATE TABLE dim.event (
    event_key        INTEGER       NOT NULL PRIMARY KEY DEFAULT nextval('dim.event_seq'),
    code             VARCHAR(40)   NOT NULL UNIQUE,
    event_date       DATE          NOT NULL,
    date_key         INTEGER       NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    departement_code VARCHAR(3)    NOT NULL,
    duration_hours   DECIMAL(9,2)  NOT NULL,
    audience         VARCHAR(20)   NOT NULL,
    source_file_key  INTEGER       NOT NULL
);

-- Attendance: factless fact, one row per invited promeneur and event (grain: event × promeneur).
CREATE TABLE fact.attendance (
    event_key             INTEGER  NOT NULL,
    promeneur_key         INTEGER  NOT NULL,
    attendance_status_key SMALLINT NOT NULL,
    file_key              INTEGER  NOT NULL,
    source_row            INTEGER  NOT NULL
);
