using System.Text.RegularExpressions;
using System.Xml.Linq;
using Reporting.Warehouse.Queries;
using static Reporting.Tests.Annexes.AnnexReader;

namespace Reporting.Tests.Annexes;

/// <summary>
/// What makes an annex open without a repair prompt and read as intended, checked on the package:
/// well-formed parts, Excel's naming rules, native charts wired to their sheets, no formula anywhere
/// (text that starts with '=' stays text), no promeneur in the national file, print and view setup.
/// </summary>
[Collection(DemoYearCollection.Name)]
public sealed partial class AnnexPackageTests(DemoYear demo)
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Chart = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static TheoryData<string> Kinds => new(
        "Annexe_50_2019-06.xlsx", "Bilan_50_2019.xlsx", "Bilan_50_2019_Parentalite_periode-complete.xlsx",
        "Comparaison_nationale_2019.xlsx", "Retour_Suivi_PDN-50-0005_2019.xlsx");

    [Fact]
    public void The_demo_year_gives_the_expected_files_with_stable_names()
    {
        var names = demo.Files.Select(Path.GetFileName).ToList();

        Assert.Equal(
        [
            .. Enumerable.Range(1, 12).Select(m => $"Annexe_50_2019-{m:00}.xlsx"),
            "Bilan_50_2019.xlsx", "Bilan_50_2019_Parentalite_periode-complete.xlsx",
            "Comparaison_nationale_2019-06.xlsx", "Comparaison_nationale_2019.xlsx",
            "Retour_Suivi_PDN-50-0005_2019.xlsx",
        ], names.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(demo.Output, ".*")); // no temporary file left behind
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_part_is_well_formed_and_names_follow_excels_rules(string file)
    {
        var path = demo.File(file);

        var parts = ParsedParts(path); // throws on an invalid XML part
        using var package = Open(path);

        var sheets = package.Workbook.Worksheets.Select(s => s.Name).ToList();
        Assert.All(sheets, s => Assert.InRange(s.Length, 1, 31));
        Assert.All(sheets, s => Assert.DoesNotMatch(@"[\[\]:*?/\\]", s));
        Assert.Equal(sheets.Count, sheets.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var tables = parts.Where(p => p.Key.StartsWith("xl/tables/", StringComparison.Ordinal))
            .Select(p => (string)p.Value.Root!.Attribute("name")!).ToList();
        Assert.Equal(tables.Count, tables.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(tables, t => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", t));
        var definedNames = parts["xl/workbook.xml"].Descendants(Main + "definedName").Select(d => ((string)d.Attribute("name")!, (string?)d.Attribute("localSheetId"))).ToList();
        Assert.Equal(definedNames.Count, definedNames.Distinct().Count());
        // Every relationship target of a part exists in the package.
        foreach (var (name, rels) in parts.Where(p => p.Key.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var folder = name.Replace("_rels/", "", StringComparison.Ordinal).Replace(".rels", "", StringComparison.Ordinal);
            folder = folder.Contains('/') ? folder[..(folder.LastIndexOf('/') + 1)] : "";
            foreach (var r in rels.Root!.Elements(Relationships + "Relationship").Where(r => (string?)r.Attribute("TargetMode") != "External"))
            {
                var target = (string)r.Attribute("Target")!;
                var resolved = target.StartsWith('/') ? target[1..] : Normalize(folder + target);
                Assert.True(parts.ContainsKey(resolved) || Exists(path, resolved), $"{name} points to a missing part {resolved}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void OpenXml_validator_reports_no_error(string file)
    {
        var errors = ValidationErrors(demo.File(file));

        Assert.True(errors.Count == 0, $"{file}: {errors.Count} error(s)\n" + string.Join('\n', errors.Take(30)));
    }

    [Theory]
    [InlineData("Annexe_50_2019-06.xlsx", new[] { "Modalités", "Thèmes", "Âges", "Interlocuteurs", "Vie du réseau" })]
    [InlineData("Bilan_50_2019.xlsx", new[] { "Modalités", "Thèmes", "Âges", "Interlocuteurs", "Vie du réseau" })]
    [InlineData("Comparaison_nationale_2019.xlsx", new[] { "Départements" })]
    public void Native_charts_are_wired_to_the_sheets_that_hold_their_data(string file, string[] sheetsWithChart)
    {
        var parts = ParsedParts(demo.File(file));
        var workbookRels = Targets(parts, "xl/_rels/workbook.xml.rels", "xl/");
        var sheetPart = parts["xl/workbook.xml"].Descendants(Main + "sheet").ToDictionary(
            s => (string)s.Attribute("name")!,
            s => workbookRels[(string)s.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!]);

        var charts = parts.Keys.Where(k => ChartPart().IsMatch(k)).ToList();
        Assert.Equal(sheetsWithChart.Length, charts.Count);
        foreach (var sheet in sheetsWithChart)
        {
            var part = sheetPart[sheet];
            var rels = Targets(parts, part.Replace("worksheets/", "worksheets/_rels/", StringComparison.Ordinal) + ".rels", "xl/worksheets/");
            Assert.NotNull(parts[part].Root!.Element(Main + "drawing"));
            var drawing = Assert.Single(rels.Values, t => t.StartsWith("xl/drawings/drawing", StringComparison.Ordinal));
            var drawingRels = Targets(parts, drawing.Replace("drawings/", "drawings/_rels/", StringComparison.Ordinal) + ".rels", "xl/drawings/");
            var chart = Assert.Single(drawingRels.Values, t => ChartPart().IsMatch(t));
            var xml = parts[chart];
            var bar = Assert.Single(xml.Descendants(Chart + "barChart"));
            var series = bar.Elements(Chart + "ser").ToList();
            Assert.NotEmpty(series);
            Assert.All(series, s =>
            {
                var values = (string)s.Element(Chart + "val")!.Descendants(Chart + "f").Single();
                Assert.StartsWith($"'{sheet}'!", values, StringComparison.Ordinal);
                Assert.NotNull(s.Element(Chart + "cat")!.Element(Chart + "strRef")); // categories are the labels of the list
                Assert.NotNull(s.Element(Chart + "spPr")); // an explicit fill: every program draws the bars
            });
            Assert.False(string.IsNullOrWhiteSpace(string.Concat(xml.Descendants(Chart + "title").Descendants(XName.Get("t", "http://schemas.openxmlformats.org/drawingml/2006/main")).Select(t => t.Value))));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_cell_holds_a_formula(string file)
    {
        var parts = ParsedParts(demo.File(file));

        foreach (var (name, xml) in parts.Where(p => p.Key.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
            Assert.Empty(xml.Descendants(Main + "f"));
    }

    [Fact]
    public void Free_texts_that_start_with_an_equals_sign_stay_text()
    {
        using var package = Open(demo.File("Bilan_50_2019.xlsx"));
        var sheet = package.Workbook.Worksheets["QF-2019"];

        var cells = sheet.Cells[1, 1, sheet.Dimension.End.Row, sheet.Dimension.End.Column]
            .Where(c => c.Value is string s && (s.StartsWith('=') || s.StartsWith('+') || s.StartsWith('@'))).ToList();

        Assert.NotEmpty(cells); // the demo's flash questionnaire has such answers
        Assert.All(cells, c => Assert.True(string.IsNullOrEmpty(c.Formula), $"{c.Address} is a formula"));
        Assert.Contains(cells, c => ((string)c.Value).StartsWith('='));
    }

    [Theory]
    [InlineData("Comparaison_nationale_2019.xlsx")]
    [InlineData("Comparaison_nationale_2019-06.xlsx")]
    public void No_promeneur_is_named_in_the_national_comparison(string file)
    {
        IReadOnlyList<PromeneurIdentity> promeneurs;
        using (var session = demo.Warehouse.Open())
        {
            var queries = new AnnexQueries(session);
            promeneurs = new[] { "50", "14", "974", "61" }.SelectMany(d => queries.Promeneurs(d, Reporting.Domain.Periods.Period.Year(2019))).ToList();
        }
        Assert.True(promeneurs.Count > 40);
        var words = AllTexts(demo.File(file))
            .SelectMany(t => Words().Matches(t).Select(m => m.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(words, w => w.StartsWith("PDN-", StringComparison.OrdinalIgnoreCase));
        foreach (var p in promeneurs)
        {
            Assert.DoesNotContain(p.LastName, words);
            Assert.DoesNotContain(p.FirstName, words);
        }
    }

    [Theory]
    [InlineData("Annexe_50_2019-06.xlsx", "CAF — Manche (50)")]
    [InlineData("Bilan_50_2019.xlsx", "CAF — Manche (50)")]
    [InlineData("Comparaison_nationale_2019.xlsx", "CNAF")]
    public void Document_properties_print_setup_and_frozen_headers(string file, string author)
    {
        using var package = Open(demo.File(file));
        var book = package.Workbook;

        Assert.Equal(author, book.Properties.Author);
        Assert.False(string.IsNullOrWhiteSpace(book.Properties.Title));
        Assert.Contains("Promeneurs du Net", book.Properties.Title, StringComparison.Ordinal);
        foreach (var sheet in book.Worksheets)
        {
            var print = sheet.PrinterSettings;
            Assert.Equal(OfficeOpenXml.eOrientation.Landscape, print.Orientation);
            Assert.True(print.FitToPage, sheet.Name);
            Assert.Equal(1, print.FitToWidth);
            Assert.Equal(0, print.FitToHeight);
        }
        // The header row repeats on every page only where its table runs to the end of the sheet: on Synthèse the
        // indicators are followed by « Promeneurs par label », whose pages must not carry « Indicateur | Juin 2019 ».
        if (book.Worksheets["Synthèse"] is { } synthesis) Assert.Null(synthesis.PrinterSettings.RepeatRows);
        if (book.Worksheets["Promeneurs"] is { } promeneurs) Assert.NotNull(promeneurs.PrinterSettings.RepeatRows);
        var parts = ParsedParts(demo.File(file));
        var frozen = parts.Where(p => p.Key.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            .Count(p => p.Value.Descendants(Main + "pane").Any(e => (string?)e.Attribute("state") == "frozen"));
        Assert.True(frozen >= book.Worksheets.Count - 2, $"{frozen} sheets of {book.Worksheets.Count} keep their header in view");
        var filters = parts.Where(p => p.Key.StartsWith("xl/tables/", StringComparison.Ordinal)).Count(p => p.Value.Root!.Element(Main + "autoFilter") is not null);
        Assert.True(filters >= 1, "list tables carry filter buttons");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Columns_are_wide_enough_for_their_figures(string file)
    {
        using var package = Open(demo.File(file));
        foreach (var sheet in package.Workbook.Worksheets.Where(s => s.Name != "À corriger" && s.Dimension is not null))
            for (var c = 1; c <= sheet.Dimension.End.Column; c++)
            {
                var widest = Enumerable.Range(1, sheet.Dimension.End.Row)
                    .Select(r => sheet.Cells[r, c])
                    .Where(cell => cell.Value is double)
                    .Select(cell => cell.Text.Length)
                    .DefaultIfEmpty(0).Max();
                Assert.True(sheet.Column(c).Width >= widest + 1, $"{file} {sheet.Name} column {c}: width {sheet.Column(c).Width} for a number of {widest} characters (#####)");
            }
    }

    private static Dictionary<string, string> Targets(Dictionary<string, XDocument> parts, string rels, string folder) =>
        parts[rels].Root!.Elements(Relationships + "Relationship")
            .Where(r => (string?)r.Attribute("TargetMode") != "External")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => ((string)r.Attribute("Target")!).StartsWith('/') ? ((string)r.Attribute("Target")!)[1..] : Normalize(folder + (string)r.Attribute("Target")!));

    private static string Normalize(string path)
    {
        var stack = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") stack.RemoveAt(stack.Count - 1);
            else if (segment != ".") stack.Add(segment);
        }
        return string.Join('/', stack);
    }

    private static bool Exists(string package, string part)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        return zip.GetEntry(part) is not null;
    }

    [GeneratedRegex(@"^xl/charts/chart\d+\.xml$")]
    private static partial Regex ChartPart();

    [GeneratedRegex(@"[\p{L}][\p{L}\-']*")]
    private static partial Regex Words();
}
