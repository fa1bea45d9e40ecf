-- Rows of a regroupements list being loaded (type 1 upsert into dim.event).
CREATE TABLE [stage].[event] (
    [load_key]         INT           NOT NULL,
    [code]             NVARCHAR(40)  NOT NULL,
    [event_date]       DATE          NOT NULL,
    [date_key]         INT           NOT NULL,
    [event_type]       NVARCHAR(40)  NOT NULL,
    [title]            NVARCHAR(300) NOT NULL,
    [departement_code] NVARCHAR(3)   NOT NULL,
    [duration_hours]   DECIMAL(9, 2) NOT NULL,
    [audience]         NVARCHAR(20)  NOT NULL,
    [source_row]       INT           NOT NULL
);
GO
CREATE CLUSTERED INDEX [CX_stage_event] ON [stage].[event] ([load_key], [code]);
