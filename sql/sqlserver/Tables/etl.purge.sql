-- Retention (RGPD): one row per purge applied by « reporting purger --appliquer ».
CREATE TABLE [etl].[purge] (
    [purge_key]                INT             IDENTITY (1, 1) NOT NULL,
    [purged_at]                DATETIME2(3)    NOT NULL,
    [retention_years]          SMALLINT        NOT NULL,
    [cutoff_date]              DATE            NOT NULL,
    [promeneurs_pseudonymised] INT             NOT NULL,
    [files_deleted]            INT             NOT NULL,
    [bytes_deleted]            BIGINT          NOT NULL,
    [folders]                  NVARCHAR(2000)  NOT NULL,
    CONSTRAINT [PK_purge] PRIMARY KEY CLUSTERED ([purge_key])
);
