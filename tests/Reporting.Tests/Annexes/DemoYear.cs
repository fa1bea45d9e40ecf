using System.Text.Json;
using Reporting.Cli;
using Reporting.Demo;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Annexes;

/// <summary>
/// The demo year (DemoDataset) loaded into a test warehouse, and every annex of the Manche for it
/// written through <c>reporting annexes</c>: the twelve monthly annexes, the bilan (all promeneurs,
/// and counted as the seed counted), the national comparison of the year and of June. The JSON of
/// <c>reporting indicateurs</c> is what every figure is compared with.
/// </summary>
public sealed class DemoYear : IDisposable
{
    public const int Year = 2019;

    private readonly Dictionary<string, JsonElement> _json = new(StringComparer.Ordinal);

    public DemoYear()
    {
        Warehouse = new TestWarehouse();
        DemoDataset.Generate(Warehouse.Depot, Year);
        Warehouse.Load();
        for (var m = 1; m <= 12; m++) Annexes("--departement", "50", "--mois", $"{Year}-{m:00}");
        Annexes("--departement", "50", "--annee", $"{Year}");
        Annexes("--departement", "50", "--annee", $"{Year}", "--label", "Parentalité", "--population", "periode-complete");
        Annexes("--national", "--annee", $"{Year}");
        Annexes("--national", "--mois", $"{Year}-06");
    }

    public TestWarehouse Warehouse { get; }

    public string Output => Path.Combine(Warehouse.Root, "annexes");

    public string File(string name) => Path.Combine(Output, name);

    public IEnumerable<string> Files => Directory.EnumerateFiles(Output, "*.xlsx").Order(StringComparer.Ordinal);

    /// <summary>The JSON of <c>reporting indicateurs … --format json</c> (cached by arguments).</summary>
    public JsonElement Indicators(params string[] scope)
    {
        var key = string.Join(' ', scope);
        if (_json.TryGetValue(key, out var cached)) return cached;
        var cli = new CliHarness();
        var code = cli.Run(["--entrepot", Warehouse.DatabasePath, "indicateurs", .. scope, "--format", "json"]);
        Assert.True(code == ExitCodes.Success, cli.ToString());
        return _json[key] = JsonDocument.Parse(cli.Out).RootElement;
    }

    /// <summary>The JSON of <c>reporting questionnaire --code … --format json</c>.</summary>
    public JsonElement Questionnaire(string code)
    {
        var cli = new CliHarness();
        Assert.True(cli.Run("--entrepot", Warehouse.DatabasePath, "questionnaire", "--code", code, "--format", "json") == ExitCodes.Success, cli.ToString());
        return JsonDocument.Parse(cli.Out).RootElement;
    }

    private void Annexes(params string[] arguments)
    {
        var cli = new CliHarness();
        var code = cli.Run(["--entrepot", Warehouse.DatabasePath, "annexes", .. arguments, "--sortie", Output]);
        Assert.True(code == ExitCodes.Success, cli.ToString());
    }

    public void Dispose() => Warehouse.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DemoYearCollection : ICollectionFixture<DemoYear>
{
    public const string Name = "Annexes of the demo year";
}
