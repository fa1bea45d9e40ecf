SELECT version FROM etl.schema_version ORDER BY version;
