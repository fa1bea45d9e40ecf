using System.Collections;
using System.Data.Common;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// A reader that gives a SQL Server <c>date</c> column as <see cref="DateOnly"/> (SqlClient gives
/// <see cref="DateTime"/>): the records the application reads take <see cref="DateOnly"/>, as DuckDB gives
/// it, and Dapper matches a record's constructor on the exact column types. Every other column is passed on.
/// </summary>
public sealed class DateOnlyReader(DbDataReader inner) : DbDataReader
{
    private bool[]? _dates;

    private bool IsDate(int ordinal)
    {
        _dates ??= Enumerable.Range(0, inner.FieldCount)
            .Select(i => string.Equals(inner.GetDataTypeName(i), "date", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return _dates[ordinal];
    }

    private object Convert(int ordinal, object value) =>
        IsDate(ordinal) && value is DateTime dt ? DateOnly.FromDateTime(dt) : value;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int Depth => inner.Depth;

    public override int FieldCount => inner.FieldCount;

    public override bool HasRows => inner.HasRows;

    public override bool IsClosed => inner.IsClosed;

    public override int RecordsAffected => inner.RecordsAffected;

    public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => inner.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => inner.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);

    public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);

    public override Type GetFieldType(int ordinal) => IsDate(ordinal) ? typeof(DateOnly) : inner.GetFieldType(ordinal);

    public override T GetFieldValue<T>(int ordinal) => (T)GetValue(ordinal);

    public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);

    public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);

    public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);

    public override string GetName(int ordinal) => inner.GetName(ordinal);

    public override int GetOrdinal(string name) => inner.GetOrdinal(name);

    public override string GetString(int ordinal) => inner.GetString(ordinal);

    public override object GetValue(int ordinal) => Convert(ordinal, inner.GetValue(ordinal));

    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < n; i++) values[i] = GetValue(i);
        return n;
    }

    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);

    public override bool NextResult()
    {
        _dates = null;
        return inner.NextResult();
    }

    public override bool Read() => inner.Read();

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close() => inner.Close();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
