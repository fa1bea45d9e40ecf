-- The solicitation distributions of each scope and territory, every label of each list present (0 when none).
CREATE TABLE [agg].[indicator_category] (
    [scope_key]    INT          NOT NULL,
    [territory]    NVARCHAR(8)  NOT NULL,
    [category_key] INT          NOT NULL,
    [distribution] NVARCHAR(20) NOT NULL,
    [category]     NVARCHAR(60) NOT NULL,
    [amount]       INT          NOT NULL,
    CONSTRAINT [PK_indicator_category] PRIMARY KEY CLUSTERED ([scope_key], [territory], [category_key]),
    CONSTRAINT [FK_indicator_category_value] FOREIGN KEY ([scope_key], [territory]) REFERENCES [agg].[indicator_value] ([scope_key], [territory])
);
