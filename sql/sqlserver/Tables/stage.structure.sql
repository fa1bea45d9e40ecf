-- Rows of a structures list being loaded (type 1 upsert into dim.structure).
CREATE TABLE [stage].[structure] (
    [load_key]         INT           NOT NULL,
    [code]             NVARCHAR(30)  NOT NULL,
    [name]             NVARCHAR(200) NOT NULL,
    [structure_type]   NVARCHAR(60)  NOT NULL,
    [commune]          NVARCHAR(100) NULL,
    [departement_code] NVARCHAR(3)   NOT NULL,
    [source_row]       INT           NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_structure] ON [stage].[structure] ([load_key], [code]);
