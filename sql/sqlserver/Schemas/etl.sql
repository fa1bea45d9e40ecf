-- ETL audit: runs, files, rejected cells, schema version
CREATE SCHEMA [etl] AUTHORIZATION [dbo];
