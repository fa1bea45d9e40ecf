using System.Text.Json;
using Reporting.Cli;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Indicators;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>Warehouses the tests of a class only read, loaded once.</summary>
public sealed class ReadOnlyWarehouses : IDisposable
{
    private readonly Lazy<TestWarehouse> _departement = new(HandComputedDepartement.Load);
    private readonly Lazy<TestWarehouse> _national = new(() => NationalData.ThreeDepartements(calvados: 8, manche: 6, orne: 3));

    /// <summary><see cref="HandComputedDepartement"/>.</summary>
    public string Departement => _departement.Value.DatabasePath;

    /// <summary><see cref="NationalData.ThreeDepartements"/>: 14 → 8 promeneurs, 50 → 6, 61 → 3.</summary>
    public string National => _national.Value.DatabasePath;

    public void Dispose()
    {
        if (_departement.IsValueCreated) _departement.Value.Dispose();
        if (_national.IsValueCreated) _national.Value.Dispose();
    }
}

/// <summary>The command-line contract of <c>reporting indicateurs</c> (INDICATORS.md), run in-process.</summary>
public sealed class IndicateursCommandTests(ReadOnlyWarehouses warehouses) : IClassFixture<ReadOnlyWarehouses>
{
    private static readonly string[] ScopeKeys = ["territoire", "periode", "label", "population"];

    private static JsonElement Json(CliHarness cli)
    {
        var text = cli.Out.Trim();
        Assert.StartsWith("{", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement; // one object, nothing else on the output
    }

    [Fact]
    public void Json_for_a_departement_and_a_year()
    {
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", warehouses.Departement, "indicateurs", "--departement", "50", "--periode", "2019", "--format", "json");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Equal("", cli.Error);
        var json = Json(cli);
        Assert.Equal([.. ScopeKeys, .. IndicatorCatalog.All.Select(d => d.Key), .. NetworkIndicators.Keys], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("50", json.GetProperty("territoire").GetString());
        Assert.Equal("2019", json.GetProperty("periode").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("label").ValueKind);
        Assert.Equal("actifs", json.GetProperty("population").GetString());
        // Same figures as IndicatorDefinitionTests.Year_2019_every_scalar_indicator.
        Assert.Equal("4", json.GetProperty("promeneurs").GetRawText());
        Assert.Equal("40", json.GetProperty("mois_attendus").GetRawText());
        Assert.Equal(0.25m, json.GetProperty("taux_transmission").GetDecimal());
        Assert.Equal(77.75m, json.GetProperty("heures_en_ligne").GetDecimal());
        Assert.Equal(24.625m, json.GetProperty("heures_par_promeneur").GetDecimal());
        Assert.Equal(240, json.GetProperty("amis_public").GetInt32());
        Assert.Equal(2, json.GetProperty("modalites").GetProperty("Message privé").GetInt32());
        Assert.Equal(0, json.GetProperty("themes").GetProperty("Autre").GetInt32());
    }

    [Fact]
    public void Json_with_label_population_and_a_range_of_months()
    {
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", warehouses.Departement, "indicateurs", "--departement", "50", "--periode", "2019-03..2019-06",
            "--label", "parentalite", "--population", "periode-complete", "--format", "json");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        var json = Json(cli);
        Assert.Equal("2019-03..2019-06", json.GetProperty("periode").GetString());
        Assert.Equal("Parentalité", json.GetProperty("label").GetString()); // canonical spelling
        Assert.Equal("periode-complete", json.GetProperty("population").GetString());
        // Parentalité and active from 01/03 to 30/06: P1 only (P3 arrived on 15/03).
        Assert.Equal(1, json.GetProperty("promeneurs").GetInt32());
        Assert.Equal(4, json.GetProperty("mois_attendus").GetInt32()); // mars…juin
        Assert.Equal(1, json.GetProperty("mois_transmis").GetInt32()); // avril
        Assert.Equal(12m, json.GetProperty("heures_en_ligne").GetDecimal()); // P1 avril
        Assert.Equal(1, json.GetProperty("sollicitations_recues").GetInt32()); // s3
    }

    [Fact]
    public void Json_for_a_month()
    {
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.Success, cli.Run("--entrepot", warehouses.Departement, "indicateurs", "--departement", "50", "--periode", "2019-04", "--format", "json"));
        var json = Json(cli);
        Assert.Equal("2019-04", json.GetProperty("periode").GetString());
        Assert.Equal(2, json.GetProperty("mois_transmis").GetInt32());
        Assert.Equal(0.5m, json.GetProperty("taux_transmission").GetDecimal());
    }

    [Fact]
    public void National_json_lists_departements_with_secrecy()
    {
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", warehouses.National, "indicateurs", "--national", "--periode", "2019", "--format", "json");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        var json = Json(cli);
        Assert.Equal(ScopeKeys, json.EnumerateObject().Take(4).Select(p => p.Name));
        Assert.Equal("national", json.GetProperty("territoire").GetString());
        Assert.Equal(17, json.GetProperty("promeneurs").GetInt32()); // 8 + 6 + 3
        Assert.Equal(19m, json.GetProperty("heures_en_ligne").GetDecimal()); // 3 + 5 + 10 + 1, secret départements included
        Assert.Equal(5, json.GetProperty("seuil").GetInt32());
        var d = json.GetProperty("departements").EnumerateArray().ToDictionary(x => x.GetProperty("territoire").GetString()!);
        Assert.Equal(["14", "50", "61"], d.Keys);
        Assert.False(d["14"].GetProperty("secret").GetBoolean());
        Assert.Equal(3m, d["14"].GetProperty("heures_en_ligne").GetDecimal());
        foreach (var (territoire, promeneurs) in new[] { ("50", 6), ("61", 3) }) // 61 < 5, then 50 the smallest other
        {
            Assert.True(d[territoire].GetProperty("secret").GetBoolean());
            Assert.Equal(promeneurs, d[territoire].GetProperty("promeneurs").GetInt32());
            Assert.Equal(JsonValueKind.Null, d[territoire].GetProperty("heures_en_ligne").ValueKind);
            Assert.Equal(JsonValueKind.Null, d[territoire].GetProperty("taux_transmission").ValueKind);
            Assert.Equal(JsonValueKind.Null, d[territoire].GetProperty("modalites").ValueKind);
        }
    }

    [Fact]
    public void The_threshold_comes_from_the_option_or_the_configuration()
    {

        // Configured 7: 50 (6) and 61 (3) are secret; two of them, so 14 (8) is shown.
        var configured = new CliHarness(new Dictionary<string, string?> { ["SecretStatistique:Seuil"] = "7" });
        Assert.Equal(ExitCodes.Success, configured.Run("--entrepot", warehouses.National, "indicateurs", "--national", "--periode", "2019", "--format", "json"));
        var json = Json(configured);
        Assert.Equal(7, json.GetProperty("seuil").GetInt32());
        Assert.Equal([false, true, true], json.GetProperty("departements").EnumerateArray().Select(x => x.GetProperty("secret").GetBoolean()));

        // --seuil 3 wins over the configuration: nobody is below 3.
        var option = new CliHarness(new Dictionary<string, string?> { ["SecretStatistique:Seuil"] = "7" });
        Assert.Equal(ExitCodes.Success, option.Run("--entrepot", warehouses.National, "indicateurs", "--national", "--periode", "2019", "--seuil", "3", "--format", "json"));
        Assert.All(Json(option).GetProperty("departements").EnumerateArray(), x => Assert.False(x.GetProperty("secret").GetBoolean()));
    }

    [Fact]
    public void A_threshold_below_3_is_refused_with_a_french_message()
    {

        var option = new CliHarness();
        Assert.Equal(ExitCodes.BadArguments, option.Run("--entrepot", warehouses.National, "indicateurs", "--national", "--periode", "2019", "--seuil", "2", "--format", "json"));
        Assert.Equal("Erreur : Seuil du secret statistique 2 refusé : il ne peut pas être inférieur à 3.", option.Error.Trim());
        Assert.Equal("", option.Out);

        var configured = new CliHarness(new Dictionary<string, string?> { ["SecretStatistique:Seuil"] = "1" });
        Assert.Equal(ExitCodes.BadArguments, configured.Run("--entrepot", warehouses.National, "indicateurs", "--national", "--periode", "2019"));
        Assert.Contains("Seuil du secret statistique 1 refusé", configured.Error);
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--departement", "99", "--periode", "2019"], "Erreur : Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974)." },
        { ["--departement", "50", "--periode", "2019-13"], "Erreur : Période « 2019-13 » invalide : une année (2019), un mois (2019-06) ou une plage de mois (2019-01..2019-06) est attendue." },
        { ["--departement", "50", "--periode", "19"], "Erreur : Période « 19 » invalide" },
        { ["--departement", "50", "--periode", "2019-06..2019-01"], "Erreur : Période « 2019-06..2019-01 » invalide : le mois de fin est avant le mois de début." },
        { ["--departement", "50", "--national", "--periode", "2019"], "Erreur : Indiquez soit --departement <code>, soit --national." },
        { ["--periode", "2019"], "Erreur : Indiquez soit --departement <code>, soit --national." },
        { ["--departement", "50", "--periode", "2019", "--label", "Famille"], "Erreur : Label « Famille » inconnu : valeurs attendues « Jeunesse » ou « Parentalité »." },
        { ["--departement", "50", "--periode", "2019", "--population", "tous"], "Erreur : Population « tous » inconnue : valeurs attendues « actifs » ou « periode-complete »." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_exit_2_with_a_french_message(string[] arguments, string message)
    {
        var cli = new CliHarness();

        var code = cli.Run(["--entrepot", warehouses.Departement, "indicateurs", .. arguments, "--format", "json"]);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith(message, cli.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal("", cli.Out);
    }

    [Fact]
    public void A_missing_warehouse_is_an_error_and_is_not_created()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("absent.duckdb");
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", path, "indicateurs", "--departement", "50", "--periode", "2019", "--format", "json");

        Assert.Equal(ExitCodes.CannotProceed, code);
        Assert.StartsWith($"Erreur : Entrepôt introuvable : {path}. Lancez d'abord « reporting charger --depot <dossier> »", cli.Error.Trim(), StringComparison.Ordinal);
        Assert.Equal("", cli.Out);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void An_empty_warehouse_is_an_error()
    {
        using var w = new TestWarehouse();
        w.Open().Dispose(); // schema only, nothing loaded
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", w.DatabasePath, "indicateurs", "--national", "--periode", "2019", "--format", "json");

        Assert.Equal(ExitCodes.CannotProceed, code);
        Assert.Contains("est vide : aucun promeneur n'y est chargé", cli.Error);
        Assert.Equal("", cli.Out);
    }

    [Fact]
    public void The_table_format_prints_the_same_figures_in_french()
    {
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", warehouses.Departement, "indicateurs", "--departement", "50", "--periode", "2019", "--format", "table");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Equal("", cli.Out); // JSON only goes to the machine output
        Assert.Contains("Indicateurs — 50 Manche", cli.Console);
        Assert.Contains("Heures en ligne", cli.Console);
        Assert.Contains("77,8", cli.Console); // 77,75 shown with one decimal
        Assert.Contains("25,0 %", cli.Console); // taux de transmission
    }
}
