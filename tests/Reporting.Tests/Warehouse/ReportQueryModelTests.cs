using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Warehouse;

/// <summary>
/// Every shared report query resolves against the SQL Server model (DacFx), with the parameters its
/// header documents: a wrong table, column or parameter name fails here without a server.
/// </summary>
public sealed class ReportQueryModelTests
{
    public static TheoryData<string> Queries => new(RepositoryFiles.SqlFiles("queries"));

    [Fact]
    public void The_queries_checked_are_the_queries_the_application_embeds()
    {
        var onDisk = RepositoryFiles.SqlFiles("queries");

        Assert.Contains("queries/indicators.sql", onDisk);
        Assert.Equal(onDisk, SqlScripts.Under("queries"));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_query_resolves_against_the_SQL_Server_model(string name)
    {
        var query = ReportQuery.Load(name);

        var problems = QueryResolution.Problems(query);

        Assert.True(problems.Count == 0, $"DacFx reports {problems.Count} problem(s) in {name}:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_query_reads_exactly_the_parameters_its_header_documents(string name)
    {
        var query = ReportQuery.Load(name);

        Assert.Equal(
            query.DocumentedParameters.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase),
            query.UsedParameters,
            StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    // A column of a view, read in a CTE (an error of the procedure).
    [InlineData("queries/indicators.sql", "a.publications, a.public_friends", "a.publication_count, a.public_friends", "publication_count")]
    // A column of a table, in a WHERE clause.
    [InlineData("queries/indicators.sql", "v.valid_from <= s.label_day", "v.valid_since <= s.label_day", "valid_since")]
    // A column of a CTE, in the outer query (DacFx: only a warning, SQL71005).
    [InlineData("queries/indicators.sql", "GROUP BY departement_code, theme", "GROUP BY departement_code, themes", "themes")]
    // A column in the final ORDER BY (checked by the procedure only: the inline function drops ORDER BY).
    // DacFx names the alias, not the column: "unresolved reference to object [dim].[promeneur].[s]".
    [InlineData("queries/template_promeneurs.sql", "ORDER BY s.promeneur_id", "ORDER BY s.promeneur_code", "unresolved reference")]
    // A missing table.
    [InlineData("queries/promeneur_count.sql", "FROM dim.promeneur", "FROM dim.promeneurs", "promeneurs")]
    public void A_wrong_name_in_a_query_is_reported(string name, string original, string wrong, string reported)
    {
        var text = RepositoryFiles.ReadSql(name);
        Assert.Contains(original, text, StringComparison.Ordinal);
        var query = ReportQuery.FromText(name, text.Replace(original, wrong, StringComparison.Ordinal));

        var problems = QueryResolution.Problems(query);

        Assert.Contains(problems, p => p.Source == name && p.Message.Contains(reported, StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_missing_from_the_header_is_reported_at_its_line()
    {
        const string name = "queries/indicators.sql";
        var lines = RepositoryFiles.ReadSql(name).Split('\n').ToList();
        var documentation = lines.FindIndex(l => l.StartsWith("--   @departement ", StringComparison.Ordinal));
        Assert.True(documentation > 0, "the header documents @departement");
        lines[documentation] = "--";
        var query = ReportQuery.FromText(name, string.Join('\n', lines));
        var firstUse = lines.FindIndex(l => l.Contains("@departement", StringComparison.Ordinal)) + 1;

        var problems = QueryResolution.Problems(query);

        Assert.DoesNotContain(query.DocumentedParameters, p => p.Name == "@departement");
        Assert.Contains(problems, p => p.Source == name && p.Code == "SQL70590" && p.Line == firstUse
            && p.Message.Contains("@departement", StringComparison.Ordinal));
    }
}
