-- A closed list of the Sollicitations sheet; key = position in the list (INPUTS.md order).
CREATE TABLE [dim].[age_band] (
    [age_band_key] SMALLINT     NOT NULL,
    [label]    NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_age_band] PRIMARY KEY CLUSTERED ([age_band_key]),
    CONSTRAINT [UQ_age_band_label] UNIQUE ([label])
);
