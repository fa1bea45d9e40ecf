CREATE TABLE [dim].[label] (
    [label_key] SMALLINT     NOT NULL,
    [label]     NVARCHAR(20) NOT NULL,
    CONSTRAINT [PK_label] PRIMARY KEY CLUSTERED ([label_key]),
    CONSTRAINT [UQ_label_label] UNIQUE ([label])
);
