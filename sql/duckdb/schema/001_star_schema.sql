-- Star schema of the embedded warehouse (DuckDB). Same tables and columns as sql/sqlserver
-- (a test keeps them identical). Surrogate keys come from sequences here, IDENTITY there.

CREATE SCHEMA IF NOT EXISTS dim;
CREATE SCHEMA IF NOT EXISTS fact;
CREATE SCHEMA IF NOT EXISTS etl;
CREATE SCHEMA IF NOT EXISTS rpt;

CREATE TABLE etl.schema_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    script      VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMP    NOT NULL
);

-- Date dimension, one row per day, keyed yyyymmdd.
CREATE TABLE dim.calendar (
    date_key      INTEGER     NOT NULL PRIMARY KEY,
    full_date     DATE        NOT NULL,
    calendar_year SMALLINT    NOT NULL,
    quarter_number SMALLINT   NOT NULL,
    month_number  SMALLINT    NOT NULL,
    day_of_month  SMALLINT    NOT NULL,
    month_key     INTEGER     NOT NULL,
    month_name    VARCHAR(20) NOT NULL,
    day_of_week   SMALLINT    NOT NULL,
    day_name      VARCHAR(20) NOT NULL
);

-- Month dimension (grain of the monthly activity fact), keyed yyyymm.
CREATE TABLE dim.calendar_month (
    month_key      INTEGER     NOT NULL PRIMARY KEY,
    calendar_year  SMALLINT    NOT NULL,
    month_number   SMALLINT    NOT NULL,
    month_name     VARCHAR(20) NOT NULL,
    month_label    VARCHAR(30) NOT NULL,
    first_day      DATE        NOT NULL,
    last_day       DATE        NOT NULL,
    first_date_key INTEGER     NOT NULL,
    last_date_key  INTEGER     NOT NULL
);

CREATE TABLE dim.departement (
    departement_key SMALLINT    NOT NULL PRIMARY KEY,
    code            VARCHAR(3)  NOT NULL UNIQUE,
    name            VARCHAR(60) NOT NULL,
    region          VARCHAR(60) NOT NULL
);

CREATE TABLE dim.label (
    label_key SMALLINT    NOT NULL PRIMARY KEY,
    label     VARCHAR(20) NOT NULL UNIQUE
);

-- The closed lists of the Sollicitations sheet; key = position in the list (INPUTS.md order).
CREATE TABLE dim.direction (
    direction_key SMALLINT    NOT NULL PRIMARY KEY,
    label         VARCHAR(60) NOT NULL UNIQUE
);
CREATE TABLE dim.interlocutor (
    interlocutor_key SMALLINT    NOT NULL PRIMARY KEY,
    label            VARCHAR(60) NOT NULL UNIQUE
);
CREATE TABLE dim.contact_mode (
    contact_mode_key SMALLINT    NOT NULL PRIMARY KEY,
    label            VARCHAR(60) NOT NULL UNIQUE
);
CREATE TABLE dim.theme (
    theme_key SMALLINT    NOT NULL PRIMARY KEY,
    label     VARCHAR(60) NOT NULL UNIQUE
);
CREATE TABLE dim.age_band (
    age_band_key SMALLINT    NOT NULL PRIMARY KEY,
    label        VARCHAR(60) NOT NULL UNIQUE
);

-- ETL audit: one row per run, per file seen, per rejected cell.
CREATE SEQUENCE etl.run_seq START 1;
CREATE TABLE etl.run (
    run_key           INTEGER       NOT NULL PRIMARY KEY DEFAULT nextval('etl.run_seq'),
    started_at        TIMESTAMP     NOT NULL,
    finished_at       TIMESTAMP,
    source_folder     VARCHAR(1000) NOT NULL,
    files_seen        INTEGER       NOT NULL,
    files_loaded      INTEGER       NOT NULL,
    files_skipped     INTEGER       NOT NULL,
    files_quarantined INTEGER       NOT NULL,
    rows_loaded       INTEGER       NOT NULL,
    rows_rejected     INTEGER       NOT NULL,
    status            VARCHAR(20)   NOT NULL
);

CREATE SEQUENCE etl.source_file_seq START 1;
CREATE TABLE etl.source_file (
    file_key      INTEGER       NOT NULL PRIMARY KEY DEFAULT nextval('etl.source_file_seq'),
    run_key       INTEGER       NOT NULL,
    file_name     VARCHAR(260)  NOT NULL,
    original_path VARCHAR(1000) NOT NULL,
    stored_path   VARCHAR(1000),
    sha256        VARCHAR(64)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    last_modified TIMESTAMP     NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    status        VARCHAR(30)   NOT NULL,
    promeneur_id  VARCHAR(20),
    file_year     SMALLINT,
    rows_loaded   INTEGER       NOT NULL,
    rows_rejected INTEGER       NOT NULL,
    message       VARCHAR(2000),
    processed_at  TIMESTAMP     NOT NULL
);

CREATE SEQUENCE etl.rejected_row_seq START 1;
CREATE TABLE etl.rejected_row (
    rejection_key BIGINT        NOT NULL PRIMARY KEY DEFAULT nextval('etl.rejected_row_seq'),
    file_key      INTEGER       NOT NULL,
    sheet         VARCHAR(100)  NOT NULL,
    source_row    INTEGER       NOT NULL,
    column_name   VARCHAR(100)  NOT NULL,
    cell_ref      VARCHAR(12)   NOT NULL,
    cell_value    VARCHAR(500),
    message       VARCHAR(1000) NOT NULL
);

-- Structures: type 1 (overwritten). Key 0 is the unknown member.
CREATE SEQUENCE dim.structure_seq START 1;
CREATE TABLE dim.structure (
    structure_key    INTEGER      NOT NULL PRIMARY KEY DEFAULT nextval('dim.structure_seq'),
    code             VARCHAR(30)  NOT NULL UNIQUE,
    name             VARCHAR(200) NOT NULL,
    structure_type   VARCHAR(60)  NOT NULL,
    commune          VARCHAR(100),
    departement_code VARCHAR(3)   NOT NULL,
    source_file_key  INTEGER      NOT NULL
);

-- Promeneurs: type 2 on label, job and structure (valid_from/valid_to/is_current); names and
-- labellisation dates are type 1 (same on every version). promeneur_id is the durable key.
CREATE SEQUENCE dim.promeneur_seq START 1;
CREATE TABLE dim.promeneur (
    promeneur_key    INTEGER      NOT NULL PRIMARY KEY DEFAULT nextval('dim.promeneur_seq'),
    promeneur_id     VARCHAR(20)  NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    structure_code   VARCHAR(30)  NOT NULL,
    structure_key    INTEGER      NOT NULL,
    departement_code VARCHAR(3)   NOT NULL,
    label            VARCHAR(20)  NOT NULL,
    job              VARCHAR(100),
    labelled_from    DATE         NOT NULL,
    labelled_to      DATE,
    valid_from       DATE         NOT NULL,
    valid_to         DATE         NOT NULL,
    is_current       SMALLINT     NOT NULL,
    source_file_key  INTEGER      NOT NULL,
    UNIQUE (promeneur_id, valid_from)
);

-- Monthly time and activity: one row per submitted month of a promeneur (grain: promeneur × month).
CREATE TABLE fact.monthly_activity (
    promeneur_key        INTEGER       NOT NULL,
    month_key            INTEGER       NOT NULL,
    online_hours         DECIMAL(18,6) NOT NULL,
    offline_hours        DECIMAL(18,6) NOT NULL,
    permanences          INTEGER       NOT NULL,
    public_friends       INTEGER       NOT NULL,
    professional_friends INTEGER       NOT NULL,
    publications         INTEGER       NOT NULL,
    file_key             INTEGER       NOT NULL,
    source_row           INTEGER       NOT NULL
);

-- Solicitations: one row per row of the Sollicitations sheet.
CREATE TABLE fact.solicitation (
    promeneur_key    INTEGER  NOT NULL,
    date_key         INTEGER  NOT NULL,
    month_key        INTEGER  NOT NULL,
    direction_key    SMALLINT NOT NULL,
    interlocutor_key SMALLINT NOT NULL,
    contact_mode_key SMALLINT NOT NULL,
    theme_key        SMALLINT NOT NULL,
    age_band_key     SMALLINT NOT NULL,
    new_participant  SMALLINT NOT NULL,
    file_key         INTEGER  NOT NULL,
    source_row       INTEGER  NOT NULL
);
