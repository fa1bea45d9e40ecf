-- A closed list of the Sollicitations sheet; key = position in the list (INPUTS.md order).
CREATE TABLE [dim].[direction] (
    [direction_key] SMALLINT     NOT NULL,
    [label]    NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_direction] PRIMARY KEY CLUSTERED ([direction_key]),
    CONSTRAINT [UQ_direction_label] UNIQUE ([label])
);
