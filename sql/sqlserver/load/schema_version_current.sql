-- The schema version of the warehouse: 0 when it was never deployed (no etl.schema_version table) or is empty.
IF OBJECT_ID(N'etl.schema_version', N'U') IS NULL
    SELECT CAST(0 AS INT) AS version;
ELSE
    SELECT CAST(COALESCE(MAX(version), 0) AS INT) AS version FROM etl.schema_version;
