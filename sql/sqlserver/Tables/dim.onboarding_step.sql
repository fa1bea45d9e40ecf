-- The steps of the onboarding journey (INPUTS.md §6); key = position (the five typed steps, then « Premier mois transmis »).
CREATE TABLE [dim].[onboarding_step] (
    [onboarding_step_key] SMALLINT     NOT NULL,
    [label]               NVARCHAR(60) NOT NULL,
    CONSTRAINT [PK_onboarding_step] PRIMARY KEY CLUSTERED ([onboarding_step_key]),
    CONSTRAINT [UQ_onboarding_step_label] UNIQUE ([label])
);
