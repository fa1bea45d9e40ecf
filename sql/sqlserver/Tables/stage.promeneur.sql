-- Rows of a promeneurs list being loaded (type 2 / type 1 upsert into dim.promeneur).
CREATE TABLE [stage].[promeneur] (
    [load_key]         INT           NOT NULL,
    [promeneur_id]     NVARCHAR(20)  NOT NULL,
    [last_name]        NVARCHAR(100) NOT NULL,
    [first_name]       NVARCHAR(100) NOT NULL,
    [structure_code]   NVARCHAR(30)  NOT NULL,
    [departement_code] NVARCHAR(3)   NOT NULL,
    [label]            NVARCHAR(20)  NOT NULL,
    [job]              NVARCHAR(100) NULL,
    [labelled_from]    DATE          NOT NULL,
    [labelled_to]      DATE          NULL,
    [source_row]       INT           NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_promeneur] ON [stage].[promeneur] ([load_key], [promeneur_id]);
