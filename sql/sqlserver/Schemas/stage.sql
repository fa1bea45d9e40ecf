-- Staging (SQL Server only): SqlBulkCopy writes a file's rows here inside the file's transaction, set-based
-- statements (sql/sqlserver/load) move them into dimensions and facts, then the rows are deleted.
-- Every staging table starts with load_key (the audit key of the file being loaded) and has no constraint.
CREATE SCHEMA [stage] AUTHORIZATION [dbo];
