-- The 101 départements (INSEE code, name, region), seeded by the application from its built-in list.
CREATE TABLE [dim].[departement] (
    [departement_key] SMALLINT     NOT NULL,
    [code]            NVARCHAR(3)  NOT NULL,
    [name]            NVARCHAR(60) NOT NULL,
    [region]          NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_departement] PRIMARY KEY CLUSTERED ([departement_key]),
    CONSTRAINT [UQ_departement_code] UNIQUE ([code])
);
