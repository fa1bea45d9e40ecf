using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Loading.SqlServer;

/// <summary>
/// One batch of rows for a staging table (<c>stage.*</c>): the columns in order and a value for each. The
/// writer cuts a file's rows into batches of <see cref="SqlServerWriterOptions.BatchSize"/>; <see cref="Number"/> counts from 1.
/// </summary>
public sealed record StagingBatch(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, int Number);

/// <summary>Writes a batch of rows into a staging table inside the load's transaction.</summary>
public interface IBulkCopier
{
    void Copy(DbConnection connection, DbTransaction transaction, StagingBatch batch);
}

/// <summary>
/// <see cref="SqlBulkCopy"/> into staging, inside the caller's transaction. Staging tables have no
/// constraint, so bulk copy (which skips constraint checks by default) never leaves a foreign key untrusted;
/// the set-based statements that follow move the rows into the constrained tables.
/// </summary>
public sealed class SqlServerBulkCopier(int timeoutSeconds = 600) : IBulkCopier
{
    public void Copy(DbConnection connection, DbTransaction transaction, StagingBatch batch)
    {
        var sql = connection as SqlConnection ?? throw new ArgumentException("SqlBulkCopy needs a SqlConnection.", nameof(connection));
        using var bulk = new SqlBulkCopy(sql, SqlBulkCopyOptions.Default, (SqlTransaction)transaction)
        {
            DestinationTableName = Quoted(batch.Table),
            BatchSize = batch.Rows.Count,
            BulkCopyTimeout = timeoutSeconds,
        };
        using var table = ToDataTable(batch);
        foreach (var column in batch.Columns) bulk.ColumnMappings.Add(column, column);
        bulk.WriteToServer(table);
    }

    /// <summary>The batch as a typed <see cref="DataTable"/> (each column typed after its first non-null value).</summary>
    public static DataTable ToDataTable(StagingBatch batch)
    {
        var table = new DataTable(batch.Table) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        for (var c = 0; c < batch.Columns.Count; c++)
        {
            var sample = batch.Rows.Select(r => SqlServerValues.ToProvider(r[c])).FirstOrDefault(v => v is not null);
            table.Columns.Add(batch.Columns[c], sample?.GetType() ?? typeof(string));
        }
        foreach (var row in batch.Rows)
            table.Rows.Add(row.Select(v => SqlServerValues.ToProvider(v) ?? DBNull.Value).ToArray());
        return table;
    }

    /// <summary>"stage.promeneur" → "[stage].[promeneur]".</summary>
    private static string Quoted(string table) =>
        string.Join('.', table.Split('.').Select(p => "[" + p.Replace("]", "]]", StringComparison.Ordinal) + "]"));
}
