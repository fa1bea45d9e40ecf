using Microsoft.SqlServer.Dac.Model;

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
