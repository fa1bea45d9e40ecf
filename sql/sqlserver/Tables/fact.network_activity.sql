-- Activity of the network's private group (INPUTS.md §5; grain: département × audience × month).
CREATE TABLE [fact].[network_activity] (
    [departement_code]   NVARCHAR(3)  NOT NULL,
    [month_key]          INT          NOT NULL,
    [audience]           NVARCHAR(20) NOT NULL,
    [documents]          INT          NOT NULL,
    [photos]             INT          NOT NULL,
    [posts]              INT          NOT NULL,
    [posts_organisation] INT          NOT NULL,
    [posts_network_life] INT          NOT NULL,
    [posts_resources]    INT          NOT NULL,
    [member_promeneurs]  INT          NOT NULL,
    [member_others]      INT          NOT NULL,
    [file_key]           INT          NOT NULL,
    [source_row]         INT          NOT NULL,
    CONSTRAINT [PK_network_activity] PRIMARY KEY CLUSTERED ([departement_code], [month_key], [audience]),
    CONSTRAINT [FK_network_activity_month] FOREIGN KEY ([month_key]) REFERENCES [dim].[calendar_month] ([month_key]),
    CONSTRAINT [FK_network_activity_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
