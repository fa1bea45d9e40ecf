-- A closed list of the Sollicitations sheet; key = position in the list (INPUTS.md order).
CREATE TABLE [dim].[theme] (
    [theme_key] SMALLINT     NOT NULL,
    [label]    NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_theme] PRIMARY KEY CLUSTERED ([theme_key]),
    CONSTRAINT [UQ_theme_label] UNIQUE ([label])
);
