using System.Text;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// The one place where SQL text differs by engine at run time. Every <c>.sql</c> file names its
/// parameters <c>@name</c> (SQL Server's spelling, parsed by ScriptDom in tests); DuckDB reads
/// <c>@</c> as an operator and wants <c>$name</c>.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect SqlServer = new("sqlserver", '@');
    public static readonly SqlDialect DuckDb = new("duckdb", '$');

    private readonly char _prefix;

    private SqlDialect(string name, char prefix)
    {
        Name = name;
        _prefix = prefix;
    }

    public string Name { get; }

    /// <summary>Rewrites <c>@name</c> parameters outside string literals, quoted identifiers and comments.</summary>
    public string Adapt(string sql)
    {
        if (_prefix == '@') return sql;
        var sb = new StringBuilder(sql.Length);
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c == '\'' || c == '"' || c == '[')
            {
                var close = c == '[' ? ']' : c;
                var end = sql.IndexOf(close, i + 1);
                while (end > 0 && end + 1 < sql.Length && sql[end + 1] == close && close != ']') end = sql.IndexOf(close, end + 2);
                end = end < 0 ? sql.Length - 1 : end;
                sb.Append(sql, i, end - i + 1);
                i = end;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length - 1 : end;
                sb.Append(sql, i, end - i + 1);
                i = end;
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length - 1 : end + 1;
                sb.Append(sql, i, end - i + 1);
                i = end;
            }
            else if (c == '@' && i + 1 < sql.Length && (char.IsLetter(sql[i + 1]) || sql[i + 1] == '_') && (i == 0 || !IsWord(sql[i - 1])))
            {
                sb.Append(_prefix);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';
}
