using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Reporting.Tests.Support.SqlServerFake;

internal sealed class RecordingCommand(RecordingConnection connection) : DbCommand
{
    private readonly RecordingParameters _parameters = new();

    [AllowNull]
    public override string CommandText { get; set; } = string.Empty;

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection { get => connection; set { } }

    protected override DbParameterCollection DbParameterCollection => _parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override int ExecuteNonQuery() => connection.Run(this, "EXEC") is int n ? n : 1;

    public override object? ExecuteScalar() => connection.Run(this, "SCALAR");

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
        (connection.Run(this, "QUERY") as FakeResult ?? FakeResult.Empty).Reader();

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new RecordingParameter();
}

internal sealed class RecordingTransaction(RecordingConnection connection) : DbTransaction
{
    private bool _done;

    public override IsolationLevel IsolationLevel => IsolationLevel.ReadCommitted;

    protected override DbConnection DbConnection => connection;

    public override void Commit()
    {
        connection.RequireOpen("COMMIT");
        connection.Write("COMMIT");
        _done = true;
        connection.Current = null;
        connection.OnCommit();
    }

    public override void Rollback()
    {
        if (_done) return;
        _done = true;
        connection.RequireOpen("ROLLBACK");
        connection.Write("ROLLBACK");
        connection.Current = null;
        connection.OnRollback();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_done && connection.State == ConnectionState.Open) Rollback();
        _done = true;
        base.Dispose(disposing);
    }
}

internal sealed class RecordingParameter : DbParameter
{
    public override DbType DbType { get; set; } = DbType.String;

    public override ParameterDirection Direction { get; set; } = ParameterDirection.Input;

    public override bool IsNullable { get; set; }

    [AllowNull]
    public override string ParameterName { get; set; } = string.Empty;

    public override int Size { get; set; }

    [AllowNull]
    public override string SourceColumn { get; set; } = string.Empty;

    public override bool SourceColumnNullMapping { get; set; }

    public override object? Value { get; set; }

    public override void ResetDbType() => DbType = DbType.String;
}

internal sealed class RecordingParameters : DbParameterCollection
{
    private readonly List<DbParameter> _items = [];

    public override int Count => _items.Count;

    public override object SyncRoot => _items;

    public override int Add(object value)
    {
        _items.Add((DbParameter)value);
        return _items.Count - 1;
    }

    public override void AddRange(Array values)
    {
        foreach (var v in values) Add(v);
    }

    public override void Clear() => _items.Clear();

    public override bool Contains(object value) => _items.Contains((DbParameter)value);

    public override bool Contains(string value) => IndexOf(value) >= 0;

    public override void CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

    public override IEnumerator GetEnumerator() => _items.GetEnumerator();

    public override int IndexOf(object value) => _items.IndexOf((DbParameter)value);

    public override int IndexOf(string parameterName) => _items.FindIndex(p => p.ParameterName == parameterName);

    public override void Insert(int index, object value) => _items.Insert(index, (DbParameter)value);

    public override void Remove(object value) => _items.Remove((DbParameter)value);

    public override void RemoveAt(int index) => _items.RemoveAt(index);

    public override void RemoveAt(string parameterName) => _items.RemoveAt(IndexOf(parameterName));

    protected override DbParameter GetParameter(int index) => _items[index];

    protected override DbParameter GetParameter(string parameterName) => _items[IndexOf(parameterName)];

    protected override void SetParameter(int index, DbParameter value) => _items[index] = value;

    protected override void SetParameter(string parameterName, DbParameter value) => _items[IndexOf(parameterName)] = value;
}
