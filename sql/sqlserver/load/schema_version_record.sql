-- Records the version deployed by « reporting base deployer », once.
-- Parameters: @version INT, @script NVARCHAR, @applied_at DATETIME2.
IF NOT EXISTS (SELECT 1 FROM etl.schema_version WHERE version = @version)
    INSERT INTO etl.schema_version (version, script, applied_at) VALUES (@version, @script, @applied_at);
