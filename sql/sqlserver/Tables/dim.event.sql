-- Regroupements (network meetings): type 1, keyed by their code; a re-sent list overwrites them.
CREATE TABLE [dim].[event] (
    [event_key]        INT            IDENTITY (1, 1) NOT NULL,
    [code]             NVARCHAR(40)   NOT NULL,
    [event_date]       DATE           NOT NULL,
    [date_key]         INT            NOT NULL,
    [event_type]       NVARCHAR(40)   NOT NULL,
    [title]            NVARCHAR(300)  NOT NULL,
    [departement_code] NVARCHAR(3)    NOT NULL,
    [duration_hours]   DECIMAL(9, 2)  NOT NULL,
    [audience]         NVARCHAR(20)   NOT NULL,
    [source_file_key]  INT            NOT NULL,
    [local_group_key]  INT            NULL,
    CONSTRAINT [PK_event] PRIMARY KEY CLUSTERED ([event_key]),
    CONSTRAINT [UQ_event_code] UNIQUE ([code]),
    CONSTRAINT [FK_event_date] FOREIGN KEY ([date_key]) REFERENCES [dim].[calendar] ([date_key]),
    CONSTRAINT [FK_event_local_group] FOREIGN KEY ([local_group_key]) REFERENCES [dim].[local_group] ([local_group_key])
);
