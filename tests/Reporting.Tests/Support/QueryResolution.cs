using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Reporting.Tests.Support;

/// <summary>
/// A report query resolved by DacFx against the SQL Server model, in throwaway models (a build error
/// freezes a DacFx model): as a procedure, which checks the whole query with its documented parameters,
/// and as an inline table-valued function, whose result columns DacFx names.
/// </summary>
public static class QueryResolution
{
    /// <summary>Everything DacFx reports on the query (errors and warnings), located in the query's file.</summary>
    public static IReadOnlyList<ModelProblem> Problems(ReportQuery query)
    {
        var problems = new List<ModelProblem>();
        problems.AddRange(ProblemsOf(query, query.AsProcedure()));
        problems.AddRange(ProblemsOf(query, query.AsInlineFunction()));
        return problems.Distinct().ToList();
    }

    /// <summary>
    /// Everything DacFx reports on a statement that is not a single SELECT (a load, a seed, the load lock), checked
    /// as the body of a procedure declaring the parameters its header documents.
    /// </summary>
    public static IReadOnlyList<ModelProblem> StatementProblems(ReportQuery statement) =>
        ProblemsOf(statement, statement.AsProcedure()).Distinct().ToList();

    /// <summary>The result columns SQL Server gives the query, in order (an unnamed column is "").</summary>
    public static IReadOnlyList<string> ResultColumns(ReportQuery query)
    {
        using var model = new SqlServerModel();
        if (!model.Add(query.Name, query.AsInlineFunction()))
            throw new InvalidOperationException($"{query.Name} does not build as an inline function: " + string.Join("; ", model.Problems()));
        var function = model.Objects(ModelSchema.TableValuedFunction).Single(f => f.Name.Parts[^1] == query.ObjectName);
        return function.GetReferenced(TableValuedFunction.Columns).Select(c => c.Name.Parts[^1]).ToList();
    }

    /// <summary>
    /// The .NET type each result column of the query has when read from SQL Server through the session
    /// (a <c>date</c> is read as <see cref="DateOnly"/>), in order; null when neither DacFx nor the query text tells it.
    /// DacFx names a computed column but gives it no type: a column that reads one column of a table (through
    /// views and CTEs, <c>ExpressionDependencies</c>) takes that column's type; otherwise the first SELECT of the
    /// query says it (a CAST, a literal, a CASE of literals).
    /// </summary>
    public static IReadOnlyList<(string Name, Type? Type)> ResultColumnTypes(ReportQuery query)
    {
        using var model = new SqlServerModel();
        if (!model.Add(query.Name, query.AsInlineFunction()))
            throw new InvalidOperationException($"{query.Name} does not build as an inline function: " + string.Join("; ", model.Problems()));
        var function = model.Objects(ModelSchema.TableValuedFunction).Single(f => f.Name.Parts[^1] == query.ObjectName);
        var select = FirstSelect(((SelectStatement)query.Statements.Single()).QueryExpression);
        return function.GetReferenced(TableValuedFunction.Columns)
            .Select((c, i) => (c.Name.Parts[^1], ClrType(BaseType(c)) ?? TextType(i < select.SelectElements.Count ? select.SelectElements[i] : null)))
            .ToList();
    }

    internal static SqlDataType? BaseType(TSqlObject column)
    {
        var type = column.GetReferenced(Column.DataType).FirstOrDefault();
        if (type is not null) return type.GetProperty<SqlDataType>(DataType.SqlDataType);
        var dependencies = column.GetReferencedRelationshipInstances(DacQueryScopes.All)
            .Where(r => r.Relationship.Name == "ExpressionDependencies" && r.Object?.ObjectType == ModelSchema.Column)
            .Select(r => r.Object)
            .ToList();
        return dependencies.Count == 1 ? BaseType(dependencies[0]) : null;
    }

    internal static QuerySpecification FirstSelect(QueryExpression query) => query switch
    {
        QuerySpecification q => q,
        BinaryQueryExpression b => FirstSelect(b.FirstQueryExpression),
        QueryParenthesisExpression p => FirstSelect(p.QueryExpression),
        _ => throw new NotSupportedException(query.GetType().Name),
    };

    private static Type? TextType(SelectElement? element) => element is SelectScalarExpression s ? ExpressionType(s.Expression) : null;

    internal static Type? ExpressionType(ScalarExpression expression) => expression switch
    {
        CastCall c => ClrType(c.DataType),
        ConvertCall c => ClrType(c.DataType),
        StringLiteral => typeof(string),
        IntegerLiteral => typeof(int),
        ParenthesisExpression p => ExpressionType(p.Expression),
        SearchedCaseExpression c => ExpressionType(c.WhenClauses[0].ThenExpression),
        SimpleCaseExpression c => ExpressionType(c.WhenClauses[0].ThenExpression),
        _ => null,
    };

    private static Type? ClrType(DataTypeReference type) => type is SqlDataTypeReference s
        ? s.SqlDataTypeOption switch
        {
            SqlDataTypeOption.Int => typeof(int),
            SqlDataTypeOption.SmallInt => typeof(short),
            SqlDataTypeOption.BigInt => typeof(long),
            SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric => typeof(decimal),
            SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char => typeof(string),
            SqlDataTypeOption.Date => typeof(DateOnly),
            SqlDataTypeOption.DateTime2 or SqlDataTypeOption.DateTime => typeof(DateTime),
            SqlDataTypeOption.Bit => typeof(bool),
            _ => null,
        }
        : null;

    /// <summary>What SqlClient gives for a SQL Server type (and the session for <c>date</c>).</summary>
    public static Type? ClrType(SqlDataType? type) => type switch
    {
        SqlDataType.Int => typeof(int),
        SqlDataType.SmallInt => typeof(short),
        SqlDataType.BigInt => typeof(long),
        SqlDataType.Decimal or SqlDataType.Numeric => typeof(decimal),
        SqlDataType.NVarChar or SqlDataType.VarChar or SqlDataType.NChar or SqlDataType.Char => typeof(string),
        SqlDataType.Date => typeof(DateOnly),
        SqlDataType.DateTime2 or SqlDataType.DateTime or SqlDataType.SmallDateTime => typeof(DateTime),
        SqlDataType.Bit => typeof(bool),
        _ => null,
    };

    private static IEnumerable<ModelProblem> ProblemsOf(ReportQuery query, string wrapper)
    {
        using var model = new SqlServerModel();
        var before = model.Problems();
        if (before.Count > 0)
            throw new InvalidOperationException("The SQL Server model itself has problems: " + string.Join("; ", before));
        model.Add(query.Name, wrapper);
        return model.Problems();
    }
}
