-- Structures (employers): type 1, overwritten on each reference load. Key 0 is the unknown member.
CREATE TABLE [dim].[structure] (
    [structure_key]    INT           IDENTITY (1, 1) NOT NULL,
    [code]             NVARCHAR(30)  NOT NULL,
    [name]             NVARCHAR(200) NOT NULL,
    [structure_type]   NVARCHAR(60)  NOT NULL,
    [commune]          NVARCHAR(100) NULL,
    [departement_code] NVARCHAR(3)   NOT NULL,
    [source_file_key]  INT           NOT NULL,
    CONSTRAINT [PK_structure] PRIMARY KEY CLUSTERED ([structure_key]),
    CONSTRAINT [UQ_structure_code] UNIQUE ([code])
);
