CREATE TABLE [etl].[schema_version] (
    [version]    INT           NOT NULL,
    [script]     NVARCHAR(200) NOT NULL,
    [applied_at] DATETIME2(3)  NOT NULL,
    CONSTRAINT [PK_schema_version] PRIMARY KEY CLUSTERED ([version])
);
