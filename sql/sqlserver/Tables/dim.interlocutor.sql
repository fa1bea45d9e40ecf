-- A closed list of the Sollicitations sheet; key = position in the list (INPUTS.md order).
CREATE TABLE [dim].[interlocutor] (
    [interlocutor_key] SMALLINT     NOT NULL,
    [label]    NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_interlocutor] PRIMARY KEY CLUSTERED ([interlocutor_key]),
    CONSTRAINT [UQ_interlocutor_label] UNIQUE ([label])
);
