-- A closed list of the Sollicitations sheet; key = position in the list (INPUTS.md order).
CREATE TABLE [dim].[contact_mode] (
    [contact_mode_key] SMALLINT     NOT NULL,
    [label]    NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_contact_mode] PRIMARY KEY CLUSTERED ([contact_mode_key]),
    CONSTRAINT [UQ_contact_mode_label] UNIQUE ([label])
);
