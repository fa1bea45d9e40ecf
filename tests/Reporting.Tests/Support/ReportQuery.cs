using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Reporting.Tests.Support;

/// <summary>A parameter as a query's header comment documents it: <c>@first_day DATE</c>.</summary>
public sealed record QueryParameter(string Name, string SqlType)
{
    /// <summary>
    /// The type to declare it with in T-SQL. A bare <c>NVARCHAR</c>/<c>VARCHAR</c> in a declaration means
    /// length 1 in SQL Server; strings are sent as <c>nvarchar(4000)</c> by the client, so that is used.
    /// </summary>
    public string DeclaredType => SqlType.ToUpperInvariant() switch
    {
        "NVARCHAR" or "VARCHAR" => SqlType + "(4000)",
        _ => SqlType,
    };

    /// <summary>A value of the documented type for running the query (DuckDB maps DATE to <see cref="DateOnly"/>).</summary>
    public object SampleValue => BaseType switch
    {
        "DATE" => new DateOnly(2020, 1, 1),
        "INT" or "INTEGER" => 0,
        "SMALLINT" => (short)0,
        "BIGINT" => 0L,
        "DECIMAL" or "NUMERIC" => 0m,
        "NVARCHAR" or "VARCHAR" => string.Empty,
        _ => throw new NotSupportedException($"No sample value for parameter {Name} of type {SqlType}."),
    };

    private string BaseType => SqlType.Split('(')[0].Trim().ToUpperInvariant();
}

/// <summary>
/// A shared report query of <c>sql/queries</c>: its text, the parameters its header comment documents,
/// the parameters its body uses (ScriptDom), and T-SQL wrappers that let DacFx resolve it against the
/// SQL Server model: a procedure (the whole query) and an inline table-valued function (its result columns).
/// </summary>
public sealed partial class ReportQuery
{
    private ReportQuery(string name, string text)
    {
        Name = name;
        Text = text;
        DocumentedParameters = ParseHeader(text);
        var script = TSql.Parse(text, out var errors);
        if (errors.Count > 0)
            throw new InvalidOperationException($"{name} does not parse as T-SQL: " + string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}")));
        Statements = script.Batches.SelectMany(b => b.Statements).ToList();
        var variables = new VariableCollector();
        script.Accept(variables);
        UsedParameters = variables.Names.Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Name under <c>sql/</c>, e.g. <c>queries/indicators.sql</c>.</summary>
    public string Name { get; }

    public string Text { get; }

    /// <summary>Parameters listed in the leading comment (<c>--   @a, @b  DATE  …</c> or <c>-- Parameters: @a DATE, @b INT.</c>).</summary>
    public IReadOnlyList<QueryParameter> DocumentedParameters { get; }

    /// <summary>The distinct <c>@names</c> the body reads.</summary>
    public IReadOnlyList<string> UsedParameters { get; }

    public IReadOnlyList<TSqlStatement> Statements { get; }

    /// <summary>A short identifier for the wrappers: <c>query_indicators</c>.</summary>
    public string ObjectName => "query_" + Path.GetFileNameWithoutExtension(Name);

    public static ReportQuery Load(string name) => new(name, RepositoryFiles.ReadSql(name));

    /// <summary>A variant of a query's text (e.g. with a deliberate mistake), under the same name.</summary>
    public static ReportQuery FromText(string name, string text) => new(name, text);

    /// <summary>
    /// <c>CREATE PROCEDURE [dbo].[query_x] @p TYPE, … AS &lt;query&gt;</c>. The header is put on the query's
    /// first line, so DacFx's line numbers are the query file's.
    /// </summary>
    public string AsProcedure() =>
        $"CREATE PROCEDURE [dbo].[{ObjectName}] {Declarations()} AS {Text}";

    /// <summary>
    /// <c>CREATE FUNCTION [dbo].[query_x](@p TYPE, …) RETURNS TABLE AS RETURN &lt;query&gt;</c>, so that DacFx
    /// names the result columns. An inline function may not end with ORDER BY: the outer ORDER BY is cut.
    /// </summary>
    public string AsInlineFunction()
    {
        if (Statements.Count != 1 || Statements[0] is not SelectStatement select)
            throw new InvalidOperationException($"{Name} is not a single SELECT statement.");
        var body = Text;
        if (select.QueryExpression.OrderByClause is { } orderBy)
            body = body.Remove(orderBy.StartOffset, orderBy.FragmentLength);
        return $"CREATE FUNCTION [dbo].[{ObjectName}] ({Declarations()}) RETURNS TABLE AS RETURN {body}";
    }

    private string Declarations() => string.Join(", ", DocumentedParameters.Select(p => $"{p.Name} {p.DeclaredType}"));

    private static List<QueryParameter> ParseHeader(string text)
    {
        var header = string.Join('\n', text.Split('\n')
            .Select(l => l.Trim())
            .TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)));
        var parameters = new List<QueryParameter>();
        foreach (Match m in DocumentedParameter().Matches(header))
        {
            foreach (var name in m.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                    parameters.Add(new QueryParameter(name, m.Groups["type"].Value.Replace(" ", "", StringComparison.Ordinal)));
            }
        }
        return parameters;
    }

    // "@a, @b   DATE", "@label NVARCHAR", "@amount DECIMAL(18, 6)"
    [GeneratedRegex(@"(?<names>@\w+(?:[ \t]*,[ \t]*@\w+)*)[ \t]+(?<type>[A-Za-z][A-Za-z0-9]*(?:[ \t]*\([ \t]*\d+[ \t]*(?:,[ \t]*\d+[ \t]*)?\))?)")]
    private static partial Regex DocumentedParameter();

    private sealed class VariableCollector : TSqlFragmentVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(VariableReference node) => Names.Add(node.Name);
    }
}
