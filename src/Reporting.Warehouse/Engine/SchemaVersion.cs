namespace Reporting.Warehouse.Engine;

/// <summary>
/// The version of the warehouse schema this code expects, on both engines: DuckDB applies its numbered
/// migrations up to it (<c>sql/duckdb/schema/NNN_*.sql</c>), « reporting base deployer » records it in
/// <c>etl.schema_version</c> of SQL Server after publishing the dacpac. A test keeps it equal to the
/// number of the last DuckDB migration.
/// </summary>
public static class SchemaVersion
{
    public const int Current = 6;
}
