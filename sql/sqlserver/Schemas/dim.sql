-- Dimensions (conformed, Kimball style)
CREATE SCHEMA [dim] AUTHORIZATION [dbo];
