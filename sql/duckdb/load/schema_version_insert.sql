INSERT INTO etl.schema_version (version, script, applied_at) VALUES (@version, @script, @applied_at);
