using System.Data.Common;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Tests.Support.SqlServerFake;

/// <summary>Writes each bulk-copy batch to the connection's log instead of SqlBulkCopy (rows included, up to a limit).</summary>
public sealed class RecordingBulkCopier(int rowsShown = 20) : IBulkCopier
{
    public void Copy(DbConnection connection, DbTransaction transaction, StagingBatch batch)
    {
        var recording = (RecordingConnection)connection;
        recording.RequireOpen("BULK");
        if (recording.Current is null || !ReferenceEquals(recording.Current, transaction))
            throw new InvalidOperationException($"Bulk copy into {batch.Table} outside the open transaction.");
        if (!batch.Table.StartsWith("stage.", StringComparison.Ordinal) && !batch.Table.StartsWith("agg.", StringComparison.Ordinal))
            throw new InvalidOperationException($"Bulk copy into {batch.Table}: only staging tables and the indicator aggregate (rebuilt whole) are bulk-copied.");
        recording.Batches.Add(batch);
        recording.Write($"BULK {batch.Table} batch {batch.Number}: {batch.Rows.Count} row(s) ({string.Join(", ", batch.Columns)})");
        foreach (var row in batch.Rows.Take(rowsShown))
            recording.Write("  | " + string.Join(" | ", row.Select(Format.Value)));
        if (batch.Rows.Count > rowsShown) recording.Write($"  | … {batch.Rows.Count - rowsShown} more");
        recording.Inject("BULK " + batch.Table);
    }
}
