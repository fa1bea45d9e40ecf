using System.Text.Json;
using System.Text.RegularExpressions;
using Reporting.Cli;
using Reporting.Domain.Categories;
using Reporting.Tests.Annexes;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Docs;

/// <summary>
/// The project stands alone: etl/INDICATEURS.md documents every JSON key the program prints (indicateurs,
/// departmental and national, and questionnaire with its free texts), and documents nothing it does not print;
/// etl/README.md lists every closed list; no document a user reads points outside the repository.
/// </summary>
[Collection(DemoYearCollection.Name)]
public sealed partial class IndicatorDocumentationTests(DemoYear demo)
{
    /// <summary>Objects whose keys are labels of a list (documented as lists), not contract keys; their values may hold contract keys (the steps of « parcours »).</summary>
    private static readonly HashSet<string> LabelKeyed = ["modalites", "themes", "tranches_age", "interlocuteurs", "repartition", "sujets", "parcours"];

    private static string Doc(string relative) => File.ReadAllText(Path.Combine(RepositoryFiles.Root, relative));

    /// <summary>The keys in the first column of the doc's tables (<c>| `key` | …</c>).</summary>
    private static HashSet<string> DocumentedKeys() =>
        FirstColumnKey().Matches(Doc("etl/INDICATEURS.md")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static void Collect(JsonElement element, HashSet<string> keys)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, keys);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            keys.Add(property.Name);
            if (!LabelKeyed.Contains(property.Name)) Collect(property.Value, keys);
            else if (property.Value.ValueKind == JsonValueKind.Object)
                foreach (var labelled in property.Value.EnumerateObject()) Collect(labelled.Value, keys);
        }
    }

    private HashSet<string> PrintedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(demo.Indicators("--departement", "50", "--periode", $"{DemoYear.Year}"), keys);
        Collect(demo.Indicators("--national", "--periode", $"{DemoYear.Year}"), keys);
        foreach (var code in new[] { $"QQ-{DemoYear.Year}", $"QF-{DemoYear.Year}" })
        {
            var cli = new CliHarness();
            Assert.True(cli.Run("--entrepot", demo.Warehouse.DatabasePath, "questionnaire", "--code", code, "--format", "json", "--textes") == ExitCodes.Success, cli.ToString());
            Collect(JsonDocument.Parse(cli.Out).RootElement, keys);
        }
        return keys;
    }

    [Fact]
    public void Every_printed_json_key_is_documented_and_every_documented_key_is_printed()
    {
        var printed = PrintedKeys();
        var documented = DocumentedKeys();

        Assert.Empty(printed.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(printed).Order(StringComparer.Ordinal));
        Assert.Contains("taux_transmission", documented);
        Assert.Contains("citations", documented);
    }

    [Fact]
    public void Every_closed_list_of_the_tracking_workbook_is_listed_in_the_input_contract()
    {
        var readme = Doc("etl/README.md");
        foreach (var list in Lists.SolicitationLists.Append(Lists.OuiNon).Append(Lists.Label))
        {
            var row = readme.Split('\n').FirstOrDefault(l => l.StartsWith($"| {list.Name} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"etl/README.md has no row for the list {list.Name}");
            var values = row!.Split('|')[2].Split('(')[0].Split('·').Select(v => v.Trim()).Where(v => v.Length > 0);
            Assert.Equal(list.Values, values);
        }
    }

    [Fact]
    public void No_document_a_user_reads_points_outside_the_repository()
    {
        var documents = new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "etl"), "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(RepositoryFiles.Root, p)));
        foreach (var document in documents)
            Assert.DoesNotContain("../shared", Doc(document), StringComparison.Ordinal);

        foreach (var command in new[] { "", "indicateurs", "questionnaire", "annexes", "charger" })
        {
            var cli = new CliHarness();
            cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
            Assert.DoesNotContain("shared", cli.Out + cli.Console, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FirstColumnKey();
}
