using System.Collections;
using System.Data.Common;

namespace Reporting.Tests.Support.SqlServerFake;

/// <summary>
/// Rows a fake query returns, typed as SqlClient types them: a column is declared with its SQL Server type
/// name, and a <c>date</c> or <c>datetime2</c> value is a <see cref="DateTime"/>, as SqlDataReader gives it.
/// </summary>
public sealed class FakeResult(IReadOnlyList<(string Name, string SqlType)> columns, IReadOnlyList<object?[]> rows)
{
    public static readonly FakeResult Empty = new([], []);

    public IReadOnlyList<(string Name, string SqlType)> Columns { get; } = columns;

    public IReadOnlyList<object?[]> Rows { get; } = rows;

    /// <summary>One column, one value per row.</summary>
    public static FakeResult Column(string name, string sqlType, params object?[] values) =>
        new([(name, sqlType)], values.Select(v => new[] { v }).ToList());

    /// <summary>One row; a <see cref="DateOnly"/> value is given as SqlClient gives a <c>date</c>.</summary>
    public static FakeResult Row(params (string Name, string SqlType, object? Value)[] cells) =>
        new(cells.Select(c => (c.Name, c.SqlType)).ToList(), [cells.Select(c => Provider(c.Value)).ToArray()]);

    public FakeResult And(params object?[] values) => new(Columns, [.. Rows, values.Select(Provider).ToArray()]);

    internal DbDataReader Reader() => new Reader(this);

    private static object? Provider(object? value) => value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;

    public static Type ClrType(string sqlType) => sqlType switch
    {
        "int" => typeof(int),
        "smallint" => typeof(short),
        "bigint" => typeof(long),
        "decimal" => typeof(decimal),
        "nvarchar" or "varchar" => typeof(string),
        "date" or "datetime2" => typeof(DateTime),
        _ => throw new ArgumentException(sqlType),
    };
}

internal sealed class Reader(FakeResult result) : DbDataReader
{
    private int _row = -1;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override int Depth => 0;

    public override int FieldCount => result.Columns.Count;

    public override bool HasRows => result.Rows.Count > 0;

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override bool GetBoolean(int ordinal) => (bool)GetValue(ordinal);

    public override byte GetByte(int ordinal) => (byte)GetValue(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => (char)GetValue(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override string GetDataTypeName(int ordinal) => result.Columns[ordinal].SqlType;

    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);

    public override decimal GetDecimal(int ordinal) => (decimal)GetValue(ordinal);

    public override double GetDouble(int ordinal) => (double)GetValue(ordinal);

    public override Type GetFieldType(int ordinal) => FakeResult.ClrType(result.Columns[ordinal].SqlType);

    public override float GetFloat(int ordinal) => (float)GetValue(ordinal);

    public override Guid GetGuid(int ordinal) => (Guid)GetValue(ordinal);

    public override short GetInt16(int ordinal) => (short)GetValue(ordinal);

    public override int GetInt32(int ordinal) => (int)GetValue(ordinal);

    public override long GetInt64(int ordinal) => (long)GetValue(ordinal);

    public override string GetName(int ordinal) => result.Columns[ordinal].Name;

    public override int GetOrdinal(string name) =>
        result.Columns.Select((c, i) => (c, i)).First(x => string.Equals(x.c.Name, name, StringComparison.OrdinalIgnoreCase)).i;

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override object GetValue(int ordinal) => result.Rows[_row][ordinal] ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < n; i++) values[i] = GetValue(i);
        return n;
    }

    public override bool IsDBNull(int ordinal) => result.Rows[_row][ordinal] is null;

    public override bool NextResult() => false;

    public override bool Read() => ++_row < result.Rows.Count;

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);
}
