-- Promeneurs: type 2 on label, job and structure (valid_from / valid_to / is_current); names and
-- labellisation dates are type 1 (same on every version). promeneur_id is the durable key.
CREATE TABLE [dim].[promeneur] (
    [promeneur_key]    INT           IDENTITY (1, 1) NOT NULL,
    [promeneur_id]     NVARCHAR(20)  NOT NULL,
    [last_name]        NVARCHAR(100) NOT NULL,
    [first_name]       NVARCHAR(100) NOT NULL,
    [structure_code]   NVARCHAR(30)  NOT NULL,
    [structure_key]    INT           NOT NULL,
    [departement_code] NVARCHAR(3)   NOT NULL,
    [label]            NVARCHAR(20)  NOT NULL,
    [job]              NVARCHAR(100) NULL,
    [labelled_from]    DATE          NOT NULL,
    [labelled_to]      DATE          NULL,
    [valid_from]       DATE          NOT NULL,
    [valid_to]         DATE          NOT NULL,
    [is_current]       SMALLINT      NOT NULL,
    [source_file_key]  INT           NOT NULL,
    CONSTRAINT [PK_promeneur] PRIMARY KEY CLUSTERED ([promeneur_key]),
    CONSTRAINT [UQ_promeneur_version] UNIQUE ([promeneur_id], [valid_from]),
    CONSTRAINT [FK_promeneur_structure] FOREIGN KEY ([structure_key]) REFERENCES [dim].[structure] ([structure_key])
);
