-- Facts (grain and keys documented on each table)
CREATE SCHEMA [fact] AUTHORIZATION [dbo];
