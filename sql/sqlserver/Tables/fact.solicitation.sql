-- Solicitations: one row per row of the Sollicitations sheet.
CREATE TABLE [fact].[solicitation] (
    [promeneur_key]    INT      NOT NULL,
    [date_key]         INT      NOT NULL,
    [month_key]        INT      NOT NULL,
    [direction_key]    SMALLINT NOT NULL,
    [interlocutor_key] SMALLINT NOT NULL,
    [contact_mode_key] SMALLINT NOT NULL,
    [theme_key]        SMALLINT NOT NULL,
    [age_band_key]     SMALLINT NOT NULL,
    [new_participant]  SMALLINT NOT NULL,
    [file_key]         INT      NOT NULL,
    [source_row]       INT      NOT NULL,
    CONSTRAINT [PK_solicitation] PRIMARY KEY CLUSTERED ([file_key], [source_row]),
    CONSTRAINT [FK_solicitation_promeneur] FOREIGN KEY ([promeneur_key]) REFERENCES [dim].[promeneur] ([promeneur_key]),
    CONSTRAINT [FK_solicitation_date] FOREIGN KEY ([date_key]) REFERENCES [dim].[calendar] ([date_key]),
    CONSTRAINT [FK_solicitation_direction] FOREIGN KEY ([direction_key]) REFERENCES [dim].[direction] ([direction_key]),
    CONSTRAINT [FK_solicitation_interlocutor] FOREIGN KEY ([interlocutor_key]) REFERENCES [dim].[interlocutor] ([interlocutor_key]),
    CONSTRAINT [FK_solicitation_contact_mode] FOREIGN KEY ([contact_mode_key]) REFERENCES [dim].[contact_mode] ([contact_mode_key]),
    CONSTRAINT [FK_solicitation_theme] FOREIGN KEY ([theme_key]) REFERENCES [dim].[theme] ([theme_key]),
    CONSTRAINT [FK_solicitation_age_band] FOREIGN KEY ([age_band_key]) REFERENCES [dim].[age_band] ([age_band_key]),
    CONSTRAINT [FK_solicitation_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
