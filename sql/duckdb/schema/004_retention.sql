-- Retention (RGPD): one row per purge applied by « reporting purger --appliquer » — when, how many years were kept,
-- the cut-off date, and what was done. A dry run writes nothing.
CREATE SEQUENCE etl.purge_seq START 1;
CREATE TABLE etl.purge (
    purge_key                INTEGER       NOT NULL PRIMARY KEY DEFAULT nextval('etl.purge_seq'),
    purged_at                TIMESTAMP     NOT NULL,
    retention_years          SMALLINT      NOT NULL,
    cutoff_date              DATE          NOT NULL,
    promeneurs_pseudonymised INTEGER       NOT NULL,
    files_deleted            INTEGER       NOT NULL,
    bytes_deleted            BIGINT        NOT NULL,
    folders                  VARCHAR(2000) NOT NULL
);
