using Reporting.Cli;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.Outputs.Formatting;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;
using static Reporting.Tests.Annexes.AnnexReader;

namespace Reporting.Tests.Annexes;

/// <summary>
/// Silent or misleading results (issue 12): a period or a territory without data is said so in French in the table
/// and in the annexes; a ratio with nothing to divide reads « – » while the JSON keeps the contract's 0; the monthly
/// annex compares with the previous year only where the warehouse holds data of that year; <c>--label</c> also
/// filters the feedback workbooks; one format per column.
/// </summary>
[Collection(DemoYearCollection.Name)]
public sealed class EmptyPeriodTests(DemoYear demo)
{
    private CliHarness Run(params string[] arguments)
    {
        var cli = new CliHarness();
        var code = cli.Run(["--entrepot", demo.Warehouse.DatabasePath, .. arguments]);
        Assert.True(code == ExitCodes.Success, cli.ToString());
        return cli;
    }

    private static string Row(string console, string label) =>
        console.Split('\n').Single(l => l.Contains($"│ {label} ", StringComparison.Ordinal));

    [Fact]
    public void A_territory_without_any_promeneur_is_said_so_and_its_ratios_read_a_dash_while_the_json_keeps_0()
    {
        var table = Run("indicateurs", "--departement", "23", "--periode", "2019");

        Assert.Contains("Attention : Aucune donnée pour la période 2019 : aucun promeneur de la population n'est labellisé sur cette période", table.Console, StringComparison.Ordinal);
        Assert.EndsWith("– │", Row(table.Console, "Taux de transmission").TrimEnd());
        Assert.EndsWith("– │", Row(table.Console, "Heures par promeneur").TrimEnd());
        Assert.EndsWith("– │", Row(table.Console, "Taux de présence aux regroupements").TrimEnd());
        Assert.EndsWith(" 0 │", Row(table.Console, "Mois attendus").TrimEnd());
        Assert.Contains("Message privé", table.Console, StringComparison.Ordinal);
        Assert.Contains("0 (–)", table.Console, StringComparison.Ordinal);

        var json = demo.Indicators("--departement", "23", "--periode", "2019");
        Assert.Equal("0", json.GetProperty("taux_transmission").GetRawText());
        Assert.Equal("0", json.GetProperty("heures_par_promeneur").GetRawText());
    }

    [Fact]
    public void A_period_with_promeneurs_but_nothing_loaded_is_said_so()
    {
        var table = Run("indicateurs", "--departement", "50", "--periode", "2030");

        Assert.Contains("Attention : Aucune donnée d'activité pour la période 2030 : aucun mois transmis ni aucun regroupement", table.Console, StringComparison.Ordinal);
        Assert.Contains("0,0 %", Row(table.Console, "Taux de transmission"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_with_data_has_no_warning()
    {
        var table = Run("indicateurs", "--departement", "50", "--periode", "2019");

        Assert.DoesNotContain("Attention", table.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void The_monthly_annex_of_a_month_without_data_warns_on_its_first_sheet_and_on_the_console()
    {
        using var output = new TempFolder();
        var cli = Run("annexes", "--departement", "50", "--mois", "2025-06", "--sortie", output.Path);

        Assert.Contains("Attention : Aucune donnée d'activité pour juin 2025", cli.Console, StringComparison.Ordinal);
        using var package = Open(Path.Combine(output.Path, "Annexe_50_2025-06.xlsx"));
        var synthesis = package.Workbook.Worksheets["Synthèse"];
        Assert.StartsWith("Aucune donnée d'activité pour juin 2025", synthesis.Cells[4, 1].Text, StringComparison.Ordinal);
        var table = SheetBlock.Find(synthesis, "Indicateur");
        Assert.Equal(["Juin 2025", "Janvier à juin 2025"], table.Columns.Keys.Skip(1));
    }

    [Fact]
    public void The_monthly_annex_compares_with_the_previous_year_only_where_it_has_data()
    {
        using var package = Open(demo.File("Annexe_50_2019-06.xlsx"));
        var synthesis = package.Workbook.Worksheets["Synthèse"];

        var table = SheetBlock.Find(synthesis, "Indicateur");

        Assert.DoesNotContain(table.Columns.Keys, h => h.Contains("2018", StringComparison.Ordinal));
        Assert.Equal(2, table.Columns.Count - 1);
        var texts = Enumerable.Range(1, synthesis.Dimension.End.Row).Select(r => synthesis.Cells[r, 1].Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("Pas de comparaison avec juin 2018 ni avec ", StringComparison.Ordinal) && t.EndsWith(" : aucune donnée de cette période dans l'entrepôt.", StringComparison.Ordinal));
    }

    [Fact]
    public void Annexes_with_a_label_write_the_feedback_workbooks_of_that_label_only()
    {
        using var jeunesse = new TempFolder();
        using var parentalite = new TempFolder();

        Run("annexes", "--departement", "50", "--mois", "2019-06", "--label", "Jeunesse", "--sortie", jeunesse.Path);
        Run("annexes", "--departement", "50", "--mois", "2019-06", "--label", "Parentalité", "--sortie", parentalite.Path);

        Assert.Empty(Directory.EnumerateFiles(jeunesse.Path, "Retour_*"));
        Assert.Contains(Directory.EnumerateFiles(parentalite.Path, "Retour_*").Select(Path.GetFileName), f => f!.Contains("PDN-50-0005", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("heures_par_promeneur", 51, "51,0")]
    [InlineData("heures_par_promeneur", 33.64, "33,6")]
    [InlineData("heures_en_ligne", 1234, "1 234,0")]
    [InlineData("promeneurs", 12, "12")]
    [InlineData("taux_transmission", 0.5, "50,0 %")]
    public void One_format_per_column_the_decimal_stays_when_it_is_zero(string key, double value, string shown)
    {
        Assert.Equal(shown, IndicatorDisplay.Format(IndicatorCatalog.Get(key), (decimal)value));
    }

    [Theory]
    [InlineData(0, "0 version antérieure ignorée")]
    [InlineData(1, "1 version antérieure ignorée")]
    [InlineData(2, "2 versions antérieures ignorées")]
    [InlineData(1234, "1 234 versions antérieures ignorées")]
    public void French_plural_0_and_1_are_singular(int count, string text)
    {
        Assert.Equal(text, FrenchPlural.Count(count, "version antérieure ignorée", "versions antérieures ignorées"));
    }
}
