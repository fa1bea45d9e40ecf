using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Tests.Support.SqlServerFake;

/// <summary>
/// A <see cref="DbConnection"/> that stands in for SQL Server (DbUp style): every command it is given, with its
/// parameters and their types, every transaction boundary and every bulk-copy batch (through
/// <see cref="RecordingBulkCopier"/>) is written to one log, in order, to compare with an approved file.
/// Commands are named after the <c>.sql</c> file whose text they carry; a text that is no file is logged as
/// such (and tests refuse it). Answers come from <see cref="On"/> responders; faults from <see cref="Fail"/>.
/// </summary>
public sealed class RecordingConnection : DbConnection
{
    private static readonly Lazy<Dictionary<string, string>> ScriptsByText = new(() =>
        new[] { "sqlserver/load", "queries", "aggregates", "reference", "network" }
            .SelectMany(SqlScripts.Under)
            .ToDictionary(n => SqlScripts.Get(n), n => n, StringComparer.Ordinal));

    private readonly Dictionary<string, Func<RecordedCommand, object?>> _responders = new(StringComparer.Ordinal);
    private readonly List<Fault> _faults = [];
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private ConnectionState _state = ConnectionState.Closed;

    public StringBuilder Log { get; } = new();

    /// <summary>Every command sent, in order.</summary>
    public List<RecordedCommand> Commands { get; } = [];

    /// <summary>Every bulk-copy batch, in order.</summary>
    public List<StagingBatch> Batches { get; } = [];

    public int Commits { get; private set; }

    public int Rollbacks { get; private set; }

    internal RecordingTransaction? Current { get; set; }

    /// <summary>
    /// Answers a script: a value for ExecuteScalar, a <see cref="FakeResult"/> for a reader, an int for
    /// ExecuteNonQuery. Unanswered: no rows, NULL, 1 row affected.
    /// </summary>
    public RecordingConnection On(string script, Func<RecordedCommand, object?> answer)
    {
        _responders[script] = answer;
        return this;
    }

    /// <summary>
    /// Makes the <paramref name="occurrence"/>-th command of <paramref name="script"/> (or "COMMIT") fail with a
    /// transient error; <paramref name="breaksConnection"/> also closes the connection, as a network fault does;
    /// <paramref name="afterCommit"/> (COMMIT only) fails after the server committed: the acknowledgement is lost.
    /// </summary>
    public RecordingConnection Fail(string script, int occurrence = 1, bool breaksConnection = false, bool afterCommit = false, bool transient = true)
    {
        _faults.Add(new Fault(script, occurrence, breaksConnection, afterCommit, transient));
        return this;
    }

    [AllowNull]
    public override string ConnectionString { get; set; } = "Server=fake;Database=Reporting";

    public override string Database => "Reporting";

    public override string DataSource => "fake";

    public override string ServerVersion => "16.00";

    public override ConnectionState State => _state;

    public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();

    public override void Open()
    {
        Write("OPEN");
        _state = ConnectionState.Open;
    }

    public override void Close()
    {
        if (_state == ConnectionState.Closed) return;
        Write("CLOSE");
        _state = ConnectionState.Closed;
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel)
    {
        RequireOpen("BEGIN");
        Write("BEGIN");
        return Current = new RecordingTransaction(this);
    }

    protected override DbCommand CreateDbCommand() => new RecordingCommand(this);

    internal void Write(string line) => Log.AppendLine(line);

    internal void RequireOpen(string what)
    {
        if (_state != ConnectionState.Open)
            throw new InvalidOperationException($"{what} on a closed connection.");
    }

    internal static string NameOf(string text) =>
        ScriptsByText.Value.TryGetValue(text, out var name) ? name : "NOT A FILE: " + text.ReplaceLineEndings(" ");

    internal object? Run(RecordingCommand command, string kind)
    {
        RequireOpen(kind);
        var name = NameOf(command.CommandText);
        var recorded = new RecordedCommand(name, kind, command.Parameters.Cast<DbParameter>()
            .Select(p => new RecordedParameter(p.ParameterName, p.Value is DBNull ? null : p.Value, p.DbType)).ToList());
        Commands.Add(recorded);
        Write($"{kind} {name}{string.Concat(recorded.Parameters.Select(p => " " + p))}");
        if (command.Transaction is null && Current is not null)
            throw new InvalidOperationException($"{name}: a command outside the open transaction.");
        Inject(name);
        var answer = _responders.TryGetValue(name, out var responder) ? responder(recorded) : null;
        if (answer is Exception ex) throw ex;
        if (answer is not null && kind != "QUERY") Write($"  -> {Format.Value(answer)}");
        if (answer is FakeResult result) Write($"  -> {result.Rows.Count} row(s)");
        return answer;
    }

    /// <summary>Counts one more occurrence of a command (a script, "BULK stage.x" or "COMMIT") and raises the fault planned for it.</summary>
    internal void Inject(string name)
    {
        var seen = _seen[name] = _seen.GetValueOrDefault(name) + 1;
        var fault = _faults.FirstOrDefault(f => f.Script == name && f.Occurrence == seen);
        if (fault is null) return;
        if (fault.AfterCommit)
        {
            Commits++;
            Write("  (committed on the server; the acknowledgement is lost)");
        }
        Throw(fault);
    }

    internal void OnCommit()
    {
        Inject("COMMIT");
        Commits++;
    }

    internal void OnRollback() => Rollbacks++;

    private void Throw(Fault fault)
    {
        Write($"  !! {(fault.Transient ? "transient" : "permanent")} error{(fault.BreaksConnection ? ", connection lost" : string.Empty)}");
        if (fault.BreaksConnection)
        {
            _state = ConnectionState.Broken;
            Current = null;
        }
        throw new FakeDbException(fault.Transient);
    }

    private sealed record Fault(string Script, int Occurrence, bool BreaksConnection, bool AfterCommit, bool Transient);
}

/// <summary>A database error, transient or not (<see cref="DbException.IsTransient"/>).</summary>
public sealed class FakeDbException(bool transient) : DbException(transient ? "Transient error (fake)." : "Permanent error (fake).")
{
    public override bool IsTransient => transient;
}

public sealed record RecordedParameter(string Name, object? Value, DbType Type)
{
    public override string ToString() => $"@{Name.TrimStart('@')}={Format.Value(Value)}:{Type}";
}

public sealed record RecordedCommand(string Script, string Kind, IReadOnlyList<RecordedParameter> Parameters)
{
    public object? this[string name] => Parameters.Single(p => p.Name.TrimStart('@') == name).Value;
}

/// <summary>Values as the log shows them: N'text', NULL, ISO dates, invariant numbers.</summary>
public static class Format
{
    public static string Value(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => "N'" + (s.Length > 60 ? s[..57] + "..." : s).Replace("'", "''", StringComparison.Ordinal).ReplaceLineEndings(" ") + "'",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateOnly d => "DateOnly " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        FakeResult => "(rows)",
        _ => value.ToString() ?? "?",
    };
}
