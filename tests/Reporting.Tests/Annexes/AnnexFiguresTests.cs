using System.Text.Json;
using OfficeOpenXml;
using Reporting.Indicators.Definitions;
using static Reporting.Tests.Annexes.AnnexReader;

namespace Reporting.Tests.Annexes;

/// <summary>
/// Every figure of every annex of the demo year, read back cell by cell, equals the same indicator in
/// the JSON of <c>reporting indicateurs</c> for the same scope (INDICATORS.md: defined once, shown everywhere).
/// </summary>
[Collection(DemoYearCollection.Name)]
public sealed class AnnexFiguresTests(DemoYear demo)
{
    private const int Year = DemoYear.Year;

    private static readonly (string Sheet, string Key, string Column)[] Distributions =
    [
        ("Modalités", "modalites", "Modalité de réponse"),
        ("Thèmes", "themes", "Thème abordé"),
        ("Âges", "tranches_age", "Tranche d'âge"),
        ("Interlocuteurs", "interlocuteurs", "Interlocuteur"),
    ];

    private static IEnumerable<string> ScalarLabels => IndicatorCatalog.All.Where(d => d.Kind != IndicatorKind.Distribution).Select(d => d.Libelle);

    public static TheoryData<int> Months => new(Enumerable.Range(1, 12));

    [Theory]
    [MemberData(nameof(Months))]
    public void Monthly_annex_figures_equal_the_json_of_indicateurs(int month)
    {
        string[] candidates = [$"{Year}-{month:00}", $"{Year}-01..{Year}-{month:00}", $"{Year - 1}-{month:00}", $"{Year - 1}-01..{Year - 1}-{month:00}"];
        var all = candidates.Select(p => demo.Indicators("--departement", "50", "--periode", p)).ToArray();
        // The previous year's columns only where it has data (none of 2018 is loaded in the demo year).
        static bool HasData(System.Text.Json.JsonElement j) =>
            j.GetProperty("mois_transmis").GetDecimal() > 0 || j.GetProperty("regroupements").GetDecimal() > 0
            || j.GetProperty("sollicitations_recues").GetDecimal() + j.GetProperty("sollicitations_initiees").GetDecimal() > 0;
        var kept = Enumerable.Range(0, candidates.Length).Where(i => i < 2 || HasData(all[i])).ToArray();
        Assert.Equal([0, 1], kept);
        var periods = kept.Select(i => candidates[i]).ToArray();
        var json = kept.Select(i => all[i]).ToArray();
        using var package = Open(demo.File($"Annexe_50_{Year}-{month:00}.xlsx"));
        var book = package.Workbook;

        // Synthèse: every single-number indicator, four periods side by side.
        var synthesis = SheetBlock.Find(book.Worksheets["Synthèse"], "Indicateur");
        Assert.Null(synthesis.Sheet.Cells[synthesis.HeaderRow, periods.Length + 2].Value); // no column of the previous year
        Assert.NotNull(synthesis.Sheet.Cells[synthesis.HeaderRow, periods.Length + 1].Value);
        Assert.Equal(ScalarLabels, synthesis.Rows.Select(r => synthesis.Text(r)));
        foreach (var row in synthesis.Rows)
        {
            var key = KeyOf(synthesis.Text(row))!;
            for (var i = 0; i < periods.Length; i++)
                SameFigure(json[i], key, synthesis.Sheet.Cells[row, 2 + i].Value, $"Synthèse {key} {periods[i]}");
        }
        var byLabel = SheetBlock.Find(book.Worksheets["Synthèse"], "Label");
        foreach (var label in new[] { "Jeunesse", "Parentalité" })
            for (var i = 0; i < periods.Length; i++)
                Same(Json(demo.Indicators("--departement", "50", "--periode", periods[i], "--label", label), "promeneurs"),
                    byLabel.Sheet.Cells[byLabel.RowOf($"PdN {label}"), 2 + i].Value, $"Synthèse promeneurs {label} {periods[i]}");

        // Promeneurs: the month, the département's total row, who sent the month.
        var promeneurs = SheetBlock.Find(book.Worksheets["Promeneurs"], "Identifiant");
        CheckTotalRow(promeneurs, json[0], "Promeneurs");
        var rows = promeneurs.Rows.Where(r => promeneurs.Text(r)!.StartsWith("PDN-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Json(json[0], "promeneurs"), rows.Count);
        Assert.Equal(Json(json[0], "mois_transmis"), rows.Count(r => promeneurs.Value(r, "Tableau du mois transmis") as string == "Oui"));

        // Distributions: the month and the year to date.
        foreach (var (sheet, key, column) in Distributions)
            CheckDistribution(book.Worksheets[sheet], key, column, [json[0], json[1]]);

        CheckRegroupements(book.Worksheets["Regroupements"], json[1]);
        CheckQuality(book.Worksheets["Qualité"], json[1]);
    }

    [Theory]
    [InlineData("Bilan_50_2019.xlsx", new string[0], "actifs")]
    [InlineData("Bilan_50_2019_Parentalite_periode-complete.xlsx", new[] { "--label", "Parentalité" }, "periode-complete")]
    public void Bilan_figures_equal_the_json_of_indicateurs(string file, string[] label, string population)
    {
        string[] scope = ["--departement", "50", "--periode", $"{Year}", .. label];
        var json = demo.Indicators([.. scope, "--population", population]);
        using var package = Open(demo.File(file));
        var book = package.Workbook;
        var bilan = book.Worksheets["Bilan"];

        var counts = SheetBlock.Find(bilan, "Promeneurs");
        Same(Json(json, "promeneurs"), counts.Value(counts.RowOf("Promeneurs retenus pour le bilan"), "Nombre"), "retenus");
        Same(Json(demo.Indicators([.. scope, "--population", "actifs"]), "promeneurs"), counts.Value(counts.RowOf("Promeneurs actifs au moins un jour de l'année"), "Nombre"), "actifs");
        Same(Json(demo.Indicators([.. scope, "--population", "periode-complete"]), "promeneurs"), counts.Value(counts.RowOf("Promeneurs actifs toute l'année"), "Nombre"), "toute l'année");
        if (label.Length == 0)
            foreach (var l in new[] { "Jeunesse", "Parentalité" })
                Same(Json(demo.Indicators([.. scope, "--label", l, "--population", population]), "promeneurs"), counts.Value(counts.RowOf($"dont PdN {l}"), "Nombre"), l);

        // The seed's shape: a total and its average per promeneur on one row.
        var averages = SheetBlock.Find(bilan, "Indicateur", 1);
        Assert.Equal(["Total", "Moyenne par promeneur"], averages.Columns.Keys.Skip(1));
        Assert.Equal(10, averages.Rows.Count);
        foreach (var row in averages.Rows)
        {
            var key = KeyOf(averages.Text(row))!;
            SameFigure(json, key, averages.Value(row, "Total"), $"Bilan {key}");
            var average = key == "heures_total" ? "heures_par_promeneur" : key + "_par_promeneur";
            if (IndicatorCatalog.All.Any(d => d.Key == average)) SameFigure(json, average, averages.Value(row, "Moyenne par promeneur"), $"Bilan {average}");
            else Assert.Null(averages.Value(row, "Moyenne par promeneur"));
        }
        var others = SheetBlock.Find(bilan, "Indicateur", 2);
        Assert.Equal(6, others.Rows.Count);
        foreach (var row in others.Rows) SameFigure(json, KeyOf(others.Text(row))!, others.Value(row, "Valeur"), $"Bilan {others.Text(row)}");

        var promeneurs = SheetBlock.Find(book.Worksheets["Promeneurs"], "Identifiant");
        CheckTotalRow(promeneurs, json, "Promeneurs");
        Assert.Equal(Json(json, "promeneurs"), promeneurs.Rows.Count(r => promeneurs.Text(r)!.StartsWith("PDN-", StringComparison.Ordinal)));
        foreach (var (sheet, key, column) in Distributions)
            CheckDistribution(book.Worksheets[sheet], key, column, [json]);
        CheckRegroupements(book.Worksheets["Regroupements"], json);
        CheckQuality(book.Worksheets["Qualité"], json);
    }

    [Theory]
    [InlineData("Comparaison_nationale_2019.xlsx", "2019")]
    [InlineData("Comparaison_nationale_2019-06.xlsx", "2019-06")]
    public void National_comparison_figures_equal_the_json_of_indicateurs(string file, string period)
    {
        var json = demo.Indicators("--national", "--periode", period);
        var departements = json.GetProperty("departements").EnumerateArray().ToDictionary(d => d.GetProperty("territoire").GetString()!);
        using var package = Open(demo.File(file));
        var book = package.Workbook;

        var table = SheetBlock.Find(book.Worksheets["Départements"], "Code");
        var rows = table.Rows.Where(r => table.Text(r) is { } code && departements.ContainsKey(code)).ToList();
        Assert.Equal(departements.Keys, rows.Select(r => table.Text(r)!));
        var figures = table.Columns.Where(c => KeyOf(c.Key) is not null).ToList();
        Assert.Equal(12, figures.Count);
        var published = departements.Values.Where(d => !d.GetProperty("secret").GetBoolean()).ToList();
        foreach (var row in rows)
        {
            var d = departements[table.Text(row)!];
            foreach (var (header, column) in figures)
                SameFigure(d, KeyOf(header)!, table.Sheet.Cells[row, column].Value, $"{table.Text(row)} {header}");
            decimal? rank = d.GetProperty("secret").GetBoolean()
                ? null
                : 1 + published.Count(o => o.GetProperty("heures_par_promeneur").GetDecimal() > d.GetProperty("heures_par_promeneur").GetDecimal());
            Same(rank, table.Value(row, "Rang (heures par promeneur)"), $"{table.Text(row)} rang");
        }
        var national = table.RowOf("France entière");
        foreach (var (header, column) in figures)
            SameFigure(json, KeyOf(header)!, table.Sheet.Cells[national, column].Value, $"France entière {header}");
        Assert.Contains(departements.Values, d => d.GetProperty("secret").GetBoolean()); // the demo's Orne is under the threshold
        Assert.True(Texts(book.Worksheets["Départements"]).Any(t => t.StartsWith("s : secret statistique", StringComparison.Ordinal)), "footnote of the secrecy");

        var totals = SheetBlock.Find(book.Worksheets["France entière"], "Indicateur");
        Assert.Equal(ScalarLabels, totals.Rows.Select(r => totals.Text(r)));
        foreach (var row in totals.Rows) SameFigure(json, KeyOf(totals.Text(row))!, totals.Value(row, "France entière"), $"France entière {totals.Text(row)}");
        foreach (var (_, key, column) in Distributions)
        {
            var block = SheetBlock.Find(book.Worksheets["France entière"], column);
            foreach (var row in block.Rows)
                Same(json.GetProperty(key).GetProperty(block.Text(row)!).GetDecimal(), block.Value(row, "Nombre"), $"France entière {key} {block.Text(row)}");
        }
    }

    [Theory]
    [InlineData("Bilan_50_2019.xlsx")]
    [InlineData("Annexe_50_2019-03.xlsx")]
    [InlineData("Annexe_50_2019-12.xlsx")]
    public void Per_promeneur_rows_add_up_to_the_departement(string file)
    {
        using var package = Open(demo.File(file));
        var promeneurs = SheetBlock.Find(package.Workbook.Worksheets["Promeneurs"], "Identifiant");
        var rows = promeneurs.Rows.Where(r => promeneurs.Text(r)!.StartsWith("PDN-", StringComparison.Ordinal)).ToList();
        var total = promeneurs.RowOf("Total du département");
        var additive = promeneurs.Columns.Where(c => KeyOf(c.Key) is { } k && IndicatorCatalog.Get(k).Kind is IndicatorKind.Count or IndicatorKind.Hours).ToList();
        Assert.NotEmpty(additive);
        foreach (var (header, column) in additive)
            Same(rows.Sum(r => Number(promeneurs.Sheet.Cells[r, column].Value)), promeneurs.Sheet.Cells[total, column].Value, $"{file} {header}: sum of the promeneurs");

        var presence = SheetBlock.Find(package.Workbook.Worksheets["Regroupements"], "Promeneur");
        var people = presence.Rows.Where(r => presence.Value(r, "Identifiant") is string).ToList();
        Assert.Equal(rows.Count, people.Count);
        var totalRow = presence.RowOf("Total du département");
        foreach (var header in new[] { "Émargements", "Présences" })
            Same(people.Sum(r => Number(presence.Value(r, header))), presence.Value(totalRow, header), $"{file} {header}");
    }

    [Fact]
    public void Questionnaire_results_in_the_bilan_equal_the_json_of_questionnaire()
    {
        using var package = Open(demo.File("Bilan_50_2019.xlsx"));
        foreach (var code in new[] { "QQ-2019", "QF-2019" })
        {
            var json = demo.Questionnaire(code);
            var sheet = package.Workbook.Worksheets[code];
            Assert.NotNull(sheet);
            var block = SheetBlock.Find(sheet, "Question et réponses");
            var cells = Enumerable.Range(block.HeaderRow + 1, sheet.Dimension.End.Row - block.HeaderRow).ToList();
            var checkedFigures = 0;
            foreach (var question in json.GetProperty("questions").EnumerateArray())
            {
                var qcode = question.GetProperty("code").GetString()!;
                var start = cells.FirstOrDefault(r => sheet.Cells[r, 1].Value is string t && t.StartsWith(qcode + " — ", StringComparison.Ordinal));
                if (start == 0) continue; // a question of an opinion matrix: checked below
                if (question.TryGetProperty("modalites", out var options))
                    foreach (var option in options.EnumerateObject())
                    {
                        var row = cells.First(r => r > start && sheet.Cells[r, 1].Value as string == "    " + option.Name);
                        Same(option.Value.GetDecimal(), sheet.Cells[row, 2].Value, $"{qcode} {option.Name}");
                        checkedFigures++;
                    }
                if (question.TryGetProperty("moyenne", out var mean) && mean.ValueKind == JsonValueKind.Number)
                {
                    var row = cells.First(r => r > start && sheet.Cells[r, 1].Value as string == "    Moyenne");
                    Same(mean.GetDecimal(), sheet.Cells[row, 2].Value, $"{qcode} moyenne");
                    checkedFigures++;
                }
            }
            // Opinion matrices: a row per question, a count column per option.
            foreach (var question in json.GetProperty("questions").EnumerateArray())
            {
                var qcode = question.GetProperty("code").GetString()!;
                var row = cells.FirstOrDefault(r => sheet.Cells[r, 1].Value is string t && t.StartsWith(qcode + " ", StringComparison.Ordinal) && !t.StartsWith(qcode + " — ", StringComparison.Ordinal));
                if (row == 0) continue;
                var header = Enumerable.Range(block.HeaderRow, row - block.HeaderRow).Last(r => sheet.Cells[r, 2].Value as string == "Répondants");
                foreach (var option in question.GetProperty("modalites").EnumerateObject())
                {
                    var column = Enumerable.Range(1, sheet.Dimension.End.Column).Single(c => sheet.Cells[header, c].Value as string == $"{option.Name} (nombre)");
                    Same(option.Value.GetDecimal(), sheet.Cells[row, column].Value, $"{qcode} {option.Name}");
                    checkedFigures++;
                }
            }
            Assert.True(checkedFigures > 10, $"{code}: {checkedFigures} figures checked");
        }
    }

    /// <summary>The total row of a per-promeneur sheet against the département's JSON.</summary>
    private static void CheckTotalRow(SheetBlock block, JsonElement json, string what)
    {
        var total = block.RowOf("Total du département");
        var figures = block.Columns.Where(c => KeyOf(c.Key) is not null).ToList();
        Assert.True(figures.Count >= 10, $"{what}: {figures.Count} figures");
        foreach (var (header, column) in figures)
            SameFigure(json, KeyOf(header)!, block.Sheet.Cells[total, column].Value, $"{what} total {header}");
    }

    private static void CheckDistribution(ExcelWorksheet sheet, string key, string column, JsonElement[] periods)
    {
        var block = SheetBlock.Find(sheet, column);
        var categories = IndicatorAmounts.Distributions[key].Values;
        Assert.Equal([.. categories, "Total des sollicitations"], block.Rows.Select(r => block.Text(r)));
        for (var i = 0; i < periods.Length; i++)
        {
            var total = Json(periods[i], "sollicitations_recues")!.Value + Json(periods[i], "sollicitations_initiees")!.Value;
            foreach (var row in block.Rows)
            {
                var label = block.Text(row)!;
                var count = label == "Total des sollicitations" ? total : periods[i].GetProperty(key).GetProperty(label).GetDecimal();
                Same(count, sheet.Cells[row, 2 + 2 * i].Value, $"{sheet.Name} {label} #{i}");
                Same(IndicatorCatalog.Ratio(count, total), sheet.Cells[row, 3 + 2 * i].Value, $"{sheet.Name} {label} part #{i}");
            }
        }
    }

    private static void CheckRegroupements(ExcelWorksheet sheet, JsonElement json)
    {
        var summary = SheetBlock.Find(sheet, "Indicateur");
        foreach (var row in summary.Rows) SameFigure(json, KeyOf(summary.Text(row))!, summary.Value(row, "Valeur"), $"Regroupements {summary.Text(row)}");
        var events = SheetBlock.Find(sheet, "Intitulé");
        Same(events.Rows.Count, (double)Json(json, "regroupements")!.Value, "number of regroupements listed");
        Same(events.Rows.Sum(r => Number(events.Value(r, "Durée (heures)"))), (double)Json(json, "heures_regroupement")!.Value, "hours of the regroupements listed");
        var presence = SheetBlock.Find(sheet, "Promeneur");
        SameFigure(json, "taux_presence", presence.Value(presence.RowOf("Total du département"), "Taux de présence aux regroupements"), "taux de présence");
    }

    private static void CheckQuality(ExcelWorksheet sheet, JsonElement json)
    {
        var missing = SheetBlock.Find(sheet, "Promeneur");
        var notSent = Json(json, "mois_attendus")!.Value - Json(json, "mois_transmis")!.Value;
        Same(notSent, (double)missing.Rows.Sum(r => Number(missing.Value(r, "Mois non transmis"))), "months not sent");
        foreach (var row in missing.Rows)
            Assert.Equal(Number(missing.Value(row, "Mois non transmis")), ((string)missing.Value(row, "Mois concernés")!).Split(", ").Length);
    }

    private static IEnumerable<string> Texts(ExcelWorksheet sheet) =>
        Enumerable.Range(1, sheet.Dimension.End.Row).Select(r => sheet.Cells[r, 1].Value as string).OfType<string>();
}
