using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.SqlServer.Dac.Model;

namespace Reporting.Tests.Support;

/// <summary>
/// A column as both engines can describe it: table "schema.name", column name, a type in a common
/// spelling (DuckDB's) and nullability. Lengths are not compared: DuckDB keeps no VARCHAR length.
/// </summary>
public sealed record ColumnShape(string Table, string Column, string Type, bool Nullable);

/// <summary>Reads column shapes from each engine and lists the differences between them.</summary>
public static class SchemaParity
{
    /// <summary>Columns of the base tables of the given schemas in the DuckDB warehouse.</summary>
    public static IReadOnlyList<ColumnShape> DuckDbTableColumns(DbConnection connection, params string[] schemas) =>
        connection.Query<(string Schema, string Table, string Column, string Type, string IsNullable)>(
                """
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.is_nullable
                FROM information_schema.columns AS c
                JOIN information_schema.tables AS t
                  ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE t.table_type = 'BASE TABLE'
                ORDER BY c.table_schema, c.table_name, c.ordinal_position
                """)
            .Where(r => schemas.Contains(r.Schema, StringComparer.Ordinal))
            .Select(r => new ColumnShape($"{r.Schema}.{r.Table}", r.Column, DuckDbType(r.Type), r.IsNullable == "YES"))
            .ToList();

    /// <summary>Column names of each view of a DuckDB schema, in their order ("rpt.activity_month" → names).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DuckDbViewColumns(DbConnection connection, string schema) =>
        connection.Query<(string Schema, string Table, string Column)>(
                """
                SELECT c.table_schema, c.table_name, c.column_name
                FROM information_schema.columns AS c
                JOIN information_schema.tables AS t
                  ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE t.table_type = 'VIEW'
                ORDER BY c.table_schema, c.table_name, c.ordinal_position
                """)
            .Where(r => r.Schema == schema)
            .GroupBy(r => $"{schema}.{r.Table}")
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Column).ToList(), StringComparer.Ordinal);

    /// <summary>Columns of the user tables of the given schemas in the DacFx model.</summary>
    public static IReadOnlyList<ColumnShape> SqlServerTableColumns(TSqlModel model, params string[] schemas) =>
        model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.Table)
            .Where(t => schemas.Contains(t.Name.Parts[0], StringComparer.OrdinalIgnoreCase))
            .SelectMany(t => t.GetReferenced(Table.Columns).Select(c => new ColumnShape(
                $"{t.Name.Parts[0]}.{t.Name.Parts[1]}",
                c.Name.Parts[^1],
                SqlServerType(c),
                c.GetProperty<bool>(Column.Nullable))))
            .ToList();

    /// <summary>Column names of each view of a schema in the DacFx model, in their order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SqlServerViewColumns(TSqlModel model, string schema) =>
        model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.View)
            .Where(v => string.Equals(v.Name.Parts[0], schema, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(
                v => $"{v.Name.Parts[0]}.{v.Name.Parts[1]}",
                v => (IReadOnlyList<string>)v.GetReferenced(View.Columns).Select(c => c.Name.Parts[^1]).ToList(),
                StringComparer.Ordinal);

    /// <summary>Every difference between the two descriptions, one readable line each (empty: same tables and columns).</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<ColumnShape> duckDb, IReadOnlyList<ColumnShape> sqlServer)
    {
        var differences = new List<string>();
        var duckTables = duckDb.GroupBy(c => c.Table, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var sqlTables = sqlServer.GroupBy(c => c.Table, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var table in duckTables.Keys.Except(sqlTables.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            differences.Add($"{table}: table in DuckDB only");
        foreach (var table in sqlTables.Keys.Except(duckTables.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            differences.Add($"{table}: table in SQL Server only");
        foreach (var table in duckTables.Keys.Intersect(sqlTables.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            var duckColumns = duckTables[table].ToDictionary(c => c.Column, StringComparer.OrdinalIgnoreCase);
            var sqlColumns = sqlTables[table].ToDictionary(c => c.Column, StringComparer.OrdinalIgnoreCase);
            foreach (var column in duckColumns.Keys.Except(sqlColumns.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
                differences.Add($"{table}.{column}: column in DuckDB only");
            foreach (var column in sqlColumns.Keys.Except(duckColumns.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
                differences.Add($"{table}.{column}: column in SQL Server only");
            foreach (var column in duckColumns.Keys.Intersect(sqlColumns.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            {
                var (d, s) = (duckColumns[column], sqlColumns[column]);
                if (!string.Equals(d.Type, s.Type, StringComparison.Ordinal))
                    differences.Add($"{table}.{column}: type {d.Type} in DuckDB, {s.Type} in SQL Server");
                if (d.Nullable != s.Nullable)
                    differences.Add($"{table}.{column}: {Nullability(d.Nullable)} in DuckDB, {Nullability(s.Nullable)} in SQL Server");
            }
        }
        return differences;
    }

    /// <summary>DuckDB's <c>information_schema</c> type in the common spelling ("DECIMAL(18,6)", "VARCHAR", …).</summary>
    public static string DuckDbType(string dataType) => dataType.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal) switch
    {
        "INT" or "INT4" or "INTEGER" => "INTEGER",
        "INT2" or "SMALLINT" => "SMALLINT",
        "INT8" or "BIGINT" => "BIGINT",
        "TEXT" or "STRING" or "VARCHAR" => "VARCHAR",
        "TIMESTAMP" or "DATETIME" => "TIMESTAMP",
        "BOOL" or "BOOLEAN" => "BOOLEAN",
        var other => other,
    };

    /// <summary>
    /// A DacFx column's type in DuckDB's spelling: INT→INTEGER, (N)(VAR)CHAR→VARCHAR, DATETIME2→TIMESTAMP,
    /// DECIMAL(p,s) kept with its precision and scale. A type without a counterpart is spelled "sqlserver:…".
    /// </summary>
    public static string SqlServerType(TSqlObject column)
    {
        var type = column.GetReferenced(Column.DataType).Single();
        var sqlType = type.GetProperty<SqlDataType>(DataType.SqlDataType);
        return sqlType switch
        {
            SqlDataType.Int => "INTEGER",
            SqlDataType.SmallInt => "SMALLINT",
            SqlDataType.BigInt => "BIGINT",
            SqlDataType.Bit => "BOOLEAN",
            SqlDataType.Decimal or SqlDataType.Numeric => string.Create(CultureInfo.InvariantCulture,
                $"DECIMAL({DecimalPrecision(column)},{column.GetProperty<int>(Column.Scale)})"),
            SqlDataType.NVarChar or SqlDataType.VarChar or SqlDataType.NChar or SqlDataType.Char => "VARCHAR",
            SqlDataType.Date => "DATE",
            SqlDataType.DateTime2 or SqlDataType.DateTime or SqlDataType.SmallDateTime => "TIMESTAMP",
            SqlDataType.Float => "DOUBLE",
            SqlDataType.Real => "FLOAT",
            SqlDataType.UniqueIdentifier => "UUID",
            _ => "sqlserver:" + type.Name,
        };
    }

    // SQL Server's bare DECIMAL is DECIMAL(18,0); DacFx then reports precision 0.
    private static int DecimalPrecision(TSqlObject column) =>
        column.GetProperty<int>(Column.Precision) is var p && p > 0 ? p : 18;

    private static string Nullability(bool nullable) => nullable ? "NULL" : "NOT NULL";
}
