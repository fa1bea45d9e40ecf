-- Local groups (INPUTS.md §7): type 1, one per département and name (name_key: the name as matching reads it).
CREATE TABLE [dim].[local_group] (
    [local_group_key]  INT            IDENTITY (1, 1) NOT NULL,
    [departement_code] NVARCHAR(3)    NOT NULL,
    [name]             NVARCHAR(200)  NOT NULL,
    [name_key]         NVARCHAR(200)  NOT NULL,
    [source_file_key]  INT            NOT NULL,
    CONSTRAINT [PK_local_group] PRIMARY KEY CLUSTERED ([local_group_key]),
    CONSTRAINT [UQ_local_group_name] UNIQUE ([departement_code], [name_key]),
    CONSTRAINT [FK_local_group_file] FOREIGN KEY ([source_file_key]) REFERENCES [etl].[source_file] ([file_key])
);
