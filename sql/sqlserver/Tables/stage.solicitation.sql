-- Solicitations of a tracking workbook being loaded; list keys are positions in the closed lists.
CREATE TABLE [stage].[solicitation] (
    [load_key]          INT          NOT NULL,
    [promeneur_id]      NVARCHAR(20) NOT NULL,
    [solicitation_date] DATE         NOT NULL,
    [date_key]          INT          NOT NULL,
    [month_key]         INT          NOT NULL,
    [direction_key]     SMALLINT     NOT NULL,
    [interlocutor_key]  SMALLINT     NOT NULL,
    [contact_mode_key]  SMALLINT     NOT NULL,
    [theme_key]         SMALLINT     NOT NULL,
    [age_band_key]      SMALLINT     NOT NULL,
    [new_participant]   SMALLINT     NOT NULL,
    [source_row]        INT          NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_solicitation] ON [stage].[solicitation] ([load_key], [source_row]);
