-- The indicator aggregate read by Power BI: the indicators of every scope the dashboard offers
-- (territory × period × label × population), computed once by the program with the same query as
-- « reporting indicateurs » (queries/indicators.sql), small-number secrecy included. Rebuilt whole
-- after every load that changed rows and by « reporting powerbi preparer » (never edited by hand).
-- Same tables and columns as sql/sqlserver/Tables/agg.*.sql. No key constraint here: DuckDB checks
-- unique keys eagerly, so deleting and re-inserting a key in one transaction would fail; the rebuild
-- writes each key once (SQL Server keeps the primary keys).
CREATE SCHEMA IF NOT EXISTS agg;

-- One row per scope: the period (kind, code as --periode reads it, French name), the label, the population.
CREATE TABLE agg.indicator_scope (
    scope_key          INTEGER     NOT NULL,
    period_kind        VARCHAR(12) NOT NULL,
    period_kind_name   VARCHAR(30) NOT NULL,
    period_code        VARCHAR(20) NOT NULL,
    period_name        VARCHAR(60) NOT NULL,
    first_month_key    INTEGER     NOT NULL,
    last_month_key     INTEGER     NOT NULL,
    calendar_year      SMALLINT    NOT NULL,
    month_number       SMALLINT    NOT NULL,
    label              VARCHAR(20) NOT NULL,
    label_name         VARCHAR(30) NOT NULL,
    population         VARCHAR(20) NOT NULL,
    population_name    VARCHAR(40) NOT NULL,
    previous_scope_key INTEGER,
    seuil              SMALLINT    NOT NULL,
    computed_at        TIMESTAMP   NOT NULL
);

-- One row per scope and territory (a département code, or 'national' for the whole country): the additive
-- amounts every indicator derives from, and the secrecy of the territory in the national result of the scope.
CREATE TABLE agg.indicator_value (
    scope_key               INTEGER       NOT NULL,
    territory               VARCHAR(8)    NOT NULL,
    promeneurs              INTEGER       NOT NULL,
    expected_months         INTEGER       NOT NULL,
    submitted_months        INTEGER       NOT NULL,
    online_hours            DECIMAL(18,6) NOT NULL,
    offline_hours           DECIMAL(18,6) NOT NULL,
    permanences             INTEGER       NOT NULL,
    publications            INTEGER       NOT NULL,
    public_friends          INTEGER       NOT NULL,
    professional_friends    INTEGER       NOT NULL,
    received_solicitations  INTEGER       NOT NULL,
    initiated_solicitations INTEGER       NOT NULL,
    new_participants        INTEGER       NOT NULL,
    events                  INTEGER       NOT NULL,
    event_hours             DECIMAL(18,6) NOT NULL,
    attendance_rows         INTEGER       NOT NULL,
    present_rows            INTEGER       NOT NULL,
    secret                  BOOLEAN       NOT NULL,
    in_comparison           BOOLEAN       NOT NULL
);

-- One row per scope, territory and label of the solicitation distributions (modalites, themes,
-- tranches_age, interlocuteurs), every label of each list present (0 when none).
CREATE TABLE agg.indicator_category (
    scope_key    INTEGER     NOT NULL,
    territory    VARCHAR(8)  NOT NULL,
    category_key INTEGER     NOT NULL,
    distribution VARCHAR(20) NOT NULL,
    category     VARCHAR(60) NOT NULL,
    amount       INTEGER     NOT NULL
);

-- The access list of the Power BI dashboard (entrée « acces »): one row per account and département it may see;
-- replaced whole by each access file loaded (sql/reference/access_*.sql). Same as sql/sqlserver/Tables/dim.user_access.sql.
CREATE TABLE dim.user_access (
    user_principal_name VARCHAR(256) NOT NULL,
    departement_code    VARCHAR(3)   NOT NULL,
    source_file_key     INTEGER      NOT NULL
);
