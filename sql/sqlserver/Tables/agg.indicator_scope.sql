-- The scopes of the indicator aggregate: period (kind, code as --periode reads it, French name), label, population.
CREATE TABLE [agg].[indicator_scope] (
    [scope_key]          INT          NOT NULL,
    [period_kind]        NVARCHAR(12) NOT NULL,
    [period_kind_name]   NVARCHAR(30) NOT NULL,
    [period_code]        NVARCHAR(20) NOT NULL,
    [period_name]        NVARCHAR(60) NOT NULL,
    [first_month_key]    INT          NOT NULL,
    [last_month_key]     INT          NOT NULL,
    [calendar_year]      SMALLINT     NOT NULL,
    [month_number]       SMALLINT     NOT NULL,
    [label]              NVARCHAR(20) NOT NULL,
    [label_name]         NVARCHAR(30) NOT NULL,
    [population]         NVARCHAR(20) NOT NULL,
    [population_name]    NVARCHAR(40) NOT NULL,
    [previous_scope_key] INT          NULL,
    [seuil]              SMALLINT     NOT NULL,
    [computed_at]        DATETIME2(3) NOT NULL,
    CONSTRAINT [PK_indicator_scope] PRIMARY KEY CLUSTERED ([scope_key]),
    CONSTRAINT [UQ_indicator_scope] UNIQUE ([period_kind], [period_code], [label], [population])
);
