using Reporting.Cli;
using Reporting.Tests.Cli;
using Reporting.Tests.Indicators;
using Reporting.Tests.Support;
using static Reporting.Tests.Annexes.AnnexReader;

namespace Reporting.Tests.Annexes;

/// <summary>The command-line contract of <c>reporting annexes</c>: scopes, file names, output folder, refusals.</summary>
public sealed class AnnexesCommandTests
{
    [Fact]
    public void A_month_of_a_departement_writes_its_annex_beside_the_warehouse_by_default()
    {
        using var w = HandComputedDepartement.Load();
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", w.DatabasePath, "annexes", "--departement", "50", "--mois", "2019-06");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        var folder = Path.Combine(w.Root, "annexes");
        Assert.Equal(["Annexe_50_2019-06.xlsx"], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
        Assert.Contains("1 classeur écrit dans " + folder, cli.Console, StringComparison.Ordinal);
        Assert.Contains("Annexe_50_2019-06.xlsx (annexe mensuelle,", cli.Console, StringComparison.Ordinal);
        Assert.Equal("", cli.Error);
    }

    [Fact]
    public void An_annex_without_any_promeneur_is_written_with_a_warning()
    {
        using var w = HandComputedDepartement.Load();
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", w.DatabasePath, "annexes", "--departement", "23", "--mois", "2019-06");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.True(File.Exists(Path.Combine(w.Root, "annexes", "Annexe_23_2019-06.xlsx")));
        Assert.Contains("Attention : aucun promeneur dans la population de cette annexe", cli.Console, StringComparison.Ordinal);
        var ok = new CliHarness();
        Assert.Equal(ExitCodes.Success, ok.Run("--entrepot", w.DatabasePath, "annexes", "--departement", "50", "--mois", "2019-06"));
        Assert.DoesNotContain("Attention", ok.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bilan_holds_the_hand_computed_figures()
    {
        using var w = HandComputedDepartement.Load();
        var output = Path.Combine(w.Root, "sortie");

        var cli = new CliHarness();
        Assert.True(cli.Run("--entrepot", w.DatabasePath, "annexes", "--departement", "50", "--annee", "2019", "--sortie", output) == ExitCodes.Success, cli.ToString());

        using var package = Open(Path.Combine(output, "Bilan_50_2019.xlsx"));
        var block = SheetBlock.Find(package.Workbook.Worksheets["Bilan"], "Indicateur");
        Same(77.75m, block.Value(block.RowOf("Heures en ligne"), "Total"), "heures en ligne"); // IndicatorDefinitionTests
        Same(19.4375m, block.Value(block.RowOf("Heures en ligne"), "Moyenne par promeneur"), "heures en ligne par promeneur");
        Same(98.5m, block.Value(block.RowOf("Heures au total"), "Total"), "heures au total");
        Same(24.625m, block.Value(block.RowOf("Heures au total"), "Moyenne par promeneur"), "heures par promeneur");
        var promeneurs = SheetBlock.Find(package.Workbook.Worksheets["Promeneurs"], "Identifiant");
        // One row per promeneur, by name: BERNARD, DURAND, MARTIN, PETIT.
        Assert.Equal(["PDN-50-0002", "PDN-50-0004", "PDN-50-0001", "PDN-50-0003", "Total du département"], promeneurs.Rows.Select(r => promeneurs.Text(r)));
        Same(30.5m, promeneurs.Value(promeneurs.RowOf("PDN-50-0001"), "Heures en ligne"), "MARTIN heures en ligne");
    }

    [Fact]
    public void Output_folder_comes_from_the_option_then_the_configuration()
    {
        using var w = HandComputedDepartement.Load();
        var configured = Path.Combine(w.Root, "configuree");
        var chosen = Path.Combine(w.Root, "choisie");

        var byConfiguration = new CliHarness(new Dictionary<string, string?> { ["Annexes:Sortie"] = configured });
        Assert.True(byConfiguration.Run("--entrepot", w.DatabasePath, "annexes", "--national", "--mois", "2019-06") == ExitCodes.Success, byConfiguration.ToString());
        var byOption = new CliHarness(new Dictionary<string, string?> { ["Annexes:Sortie"] = configured });
        Assert.True(byOption.Run("--entrepot", w.DatabasePath, "annexes", "--national", "--annee", "2019", "--sortie", chosen) == ExitCodes.Success, byOption.ToString());

        Assert.Equal(["Comparaison_nationale_2019-06.xlsx"], Directory.EnumerateFiles(configured).Select(Path.GetFileName));
        Assert.Equal(["Comparaison_nationale_2019.xlsx"], Directory.EnumerateFiles(chosen).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(new[] { "--label", "parentalite" }, "Annexe_50_2019-06_Parentalite.xlsx")]
    [InlineData(new[] { "--population", "periode-complete" }, "Annexe_50_2019-06_periode-complete.xlsx")]
    [InlineData(new[] { "--label", "Jeunesse", "--population", "periode-complete" }, "Annexe_50_2019-06_Jeunesse_periode-complete.xlsx")]
    public void A_label_or_the_full_period_population_is_part_of_the_name(string[] options, string expected)
    {
        using var w = HandComputedDepartement.Load();
        var output = Path.Combine(w.Root, "sortie");
        var cli = new CliHarness();

        var code = cli.Run(["--entrepot", w.DatabasePath, "annexes", "--departement", "50", "--mois", "2019-06", .. options, "--sortie", output]);

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Equal([expected], Directory.EnumerateFiles(output).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(new[] { "--departement", "50" }, "Indiquez soit --mois <aaaa-mm> (annexe mensuelle), soit --annee <aaaa> (bilan annuel).")]
    [InlineData(new[] { "--departement", "50", "--mois", "2019-06", "--annee", "2019" }, "Indiquez soit --mois <aaaa-mm> (annexe mensuelle), soit --annee <aaaa> (bilan annuel).")]
    [InlineData(new[] { "--departement", "50", "--mois", "2019" }, "Mois « 2019 » invalide : un mois est attendu sous la forme aaaa-mm (ex. 2019-06).")]
    [InlineData(new[] { "--departement", "50", "--mois", "2019-13" }, "Mois « 2019-13 » invalide : un mois est attendu sous la forme aaaa-mm (ex. 2019-06).")]
    [InlineData(new[] { "--departement", "50", "--annee", "2019-06" }, "Année « 2019-06 » invalide : une année sur quatre chiffres est attendue (ex. 2019).")]
    [InlineData(new[] { "--mois", "2019-06" }, "Indiquez soit --departement <code>, soit --national.")]
    [InlineData(new[] { "--departement", "99", "--mois", "2019-06" }, "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).")]
    [InlineData(new[] { "--national", "--mois", "2019-06", "--seuil", "2" }, "Seuil du secret statistique 2 refusé : il ne peut pas être inférieur à 3.")]
    [InlineData(new[] { "--departement", "50", "--mois", "2019-06", "--label", "Seniors" }, "Label « Seniors » inconnu : valeurs attendues « Jeunesse » ou « Parentalité ».")]
    public void Bad_arguments_exit_2_with_a_french_message_and_write_nothing(string[] arguments, string message)
    {
        using var folder = new TempFolder();
        var cli = new CliHarness();

        var code = cli.Run(["--entrepot", folder.Combine("absent.duckdb"), "annexes", .. arguments, "--sortie", folder.Combine("sortie")]);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal($"Erreur : {message}", cli.Error.Trim());
        Assert.False(Directory.Exists(folder.Combine("sortie")));
    }

    [Fact]
    public void A_missing_or_empty_warehouse_is_refused_with_code_1()
    {
        using var w = new TestWarehouse();
        using (w.Open())
        {
            // an empty warehouse: schema, no promeneur
        }
        var missing = new CliHarness();
        var empty = new CliHarness();

        Assert.Equal(ExitCodes.CannotProceed, missing.Run("--entrepot", Path.Combine(w.Root, "absent.duckdb"), "annexes", "--national", "--annee", "2019"));
        Assert.Equal(ExitCodes.CannotProceed, empty.Run("--entrepot", w.DatabasePath, "annexes", "--national", "--annee", "2019"));

        Assert.StartsWith("Erreur : Entrepôt introuvable", missing.Error, StringComparison.Ordinal);
        Assert.Contains("est vide", empty.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(w.Root, "annexes")));
    }
}
