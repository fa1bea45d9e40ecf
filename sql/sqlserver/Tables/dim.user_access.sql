-- The access list of the Power BI dashboard (entrée « acces »): one row per account and département it may see;
-- replaced whole by each access file loaded.
CREATE TABLE [dim].[user_access] (
    [user_principal_name] NVARCHAR(256) NOT NULL,
    [departement_code]    NVARCHAR(3)   NOT NULL,
    [source_file_key]     INT           NOT NULL,
    CONSTRAINT [PK_user_access] PRIMARY KEY CLUSTERED ([user_principal_name], [departement_code]),
    CONSTRAINT [FK_user_access_file] FOREIGN KEY ([source_file_key]) REFERENCES [etl].[source_file] ([file_key])
);
