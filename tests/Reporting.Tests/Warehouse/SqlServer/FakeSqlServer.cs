using Microsoft.Extensions.Time.Testing;
using Reporting.Tests.Support.SqlServerFake;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Tests.Warehouse.SqlServer;

/// <summary>A SQL Server writer on a recording connection: no server, every command and batch in <see cref="Log"/>.</summary>
public sealed class FakeSqlServer : IDisposable
{
    private int _nextFileKey = 101;

    public FakeSqlServer(int batchSize = 2, int maxRetries = 3)
    {
        Connection = new RecordingConnection();
        Connection.Open();
        Session = WarehouseSession.Attach(WarehouseLocation.Parse("Server=fake;Database=Reporting;User ID=etl;Password=not-a-secret"), Connection);
        Options = new SqlServerWriterOptions { BatchSize = batchSize, MaxRetries = maxRetries, RetryDelay = TimeSpan.Zero };
        Writer = new SqlServerWarehouseWriter(Session, new RecordingBulkCopier(), Options, Clock);
        Connection
            .On("sqlserver/load/applock_acquire.sql", _ => 0)
            .On("sqlserver/load/run_insert.sql", _ => 1)
            .On("sqlserver/load/source_file_insert.sql", _ => _nextFileKey++);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2020, 2, 15, 10, 0, 0, TimeSpan.Zero));

    public RecordingConnection Connection { get; }

    public WarehouseSession Session { get; }

    public SqlServerWriterOptions Options { get; }

    public SqlServerWarehouseWriter Writer { get; }

    public string Log => Connection.Log.ToString();

    /// <summary>The scripts of the commands sent, in order.</summary>
    public IReadOnlyList<string> Scripts => Connection.Commands.Select(c => c.Script).ToList();

    public int Count(string script) => Connection.Commands.Count(c => c.Script == "sqlserver/load/" + script);

    public void Dispose() => Session.Dispose();
}
