using System.Collections;
using System.Data;
using Dapper;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// The one place where .NET values are adapted for SQL Server. Parameters: <see cref="DateOnly"/> is sent as
/// <c>date</c>, <see cref="DateTime"/> as <c>datetime2</c> truncated to the millisecond (Dapper would send the
/// legacy <c>datetime</c>, which rounds to 1/300 s — a stored time could then be later than the file's own);
/// values read: a <c>date</c> column is read as <see cref="DateOnly"/>, as DuckDB gives it (see
/// <see cref="DateOnlyReader"/>). Bulk copies use <see cref="ToProvider"/>.
/// </summary>
public static class SqlServerValues
{
    /// <summary>Parameters for Dapper: an object's properties (or each element of a list of objects) with SQL Server types.</summary>
    public static object? Parameters(object? param) => param switch
    {
        null => null,
        SqlMapper.IDynamicParameters => param,
        string => param,
        IEnumerable many => many.Cast<object?>().Select(One).ToList(),
        _ => One(param),
    };

    /// <summary>A value as SqlBulkCopy and SqlClient take it.</summary>
    public static object? ToProvider(object? value) => value switch
    {
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime t => Truncate(t),
        _ => value,
    };

    private static DynamicParameters One(object? param)
    {
        var parameters = new DynamicParameters();
        if (param is null) return parameters;
        foreach (var property in param.GetType().GetProperties())
        {
            var value = property.GetValue(param);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(DateOnly))
                parameters.Add(property.Name, ToProvider(value), DbType.Date);
            else if (type == typeof(DateTime))
                parameters.Add(property.Name, ToProvider(value), DbType.DateTime2);
            else if (type == typeof(string))
                parameters.Add(property.Name, value, DbType.String, size: value is string s && s.Length > 4000 ? -1 : 4000);
            else
                parameters.Add(property.Name, value, Types.TryGetValue(type, out var dbType) ? dbType : null);
        }
        return parameters;
    }

    // Typed even when the value is null, so a NULL goes as the column's type.
    private static readonly Dictionary<Type, DbType> Types = new()
    {
        [typeof(short)] = DbType.Int16,
        [typeof(int)] = DbType.Int32,
        [typeof(long)] = DbType.Int64,
        [typeof(decimal)] = DbType.Decimal,
        [typeof(bool)] = DbType.Boolean,
    };

    private static DateTime Truncate(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, t.Kind);
}
