-- Membership of local groups (INPUTS.md §7): factless, with validity dates (valid_to NULL: still a member).
CREATE TABLE [fact].[group_membership] (
    [local_group_key] INT          NOT NULL,
    [promeneur_id]    NVARCHAR(20) NOT NULL,
    [valid_from]      DATE         NOT NULL,
    [valid_to]        DATE         NULL,
    [file_key]        INT          NOT NULL,
    [source_row]      INT          NOT NULL,
    CONSTRAINT [PK_group_membership] PRIMARY KEY CLUSTERED ([local_group_key], [promeneur_id], [valid_from]),
    CONSTRAINT [FK_group_membership_group] FOREIGN KEY ([local_group_key]) REFERENCES [dim].[local_group] ([local_group_key]),
    CONSTRAINT [FK_group_membership_file] FOREIGN KEY ([file_key]) REFERENCES [etl].[source_file] ([file_key])
);
