using System.Globalization;
using System.Security;
using System.Text;
using Reporting.Demo;
using Reporting.Domain.Parsing;
using Reporting.Domain.Model;
using Reporting.Outputs.Templates;
using Reporting.Sources.Documents;
using Reporting.Tests.Support;

namespace Reporting.Tests.Sources;

/// <summary>
/// The forward-only reader yields the cells the Open XML SDK reader yielded, cell for cell, on a varied
/// corpus: every workbook of the demo depot (EPPlus), the blank template, a hand-written workbook with every
/// cell kind and a seeded random workbook. The only differences allowed are the two deliberate ones
/// (issue 8, points 4 and 5), and they are counted.
/// </summary>
public sealed class XlsxReaderEquivalenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed record Comparison(int Cells, int Formulas, int Oversized);

    private static Comparison Compare(string path)
    {
        using var expected = OpenXmlSdkDocument.Open(path, ReadLimits.Default);
        using var actual = SourceDocument.Open(path);
        Assert.Equal(expected.SheetNames, actual.SheetNames);
        int cells = 0, formulas = 0, oversized = 0;
        foreach (var sheet in expected.SheetNames)
        {
            var before = expected.ReadSheet(sheet).ToList();
            var after = actual.ReadSheet(sheet).ToList();
            // A row whose only cells are formulas without a value was not yielded before.
            var beforeByNumber = before.ToDictionary(r => r.Number);
            Assert.Equal(before.Select(r => r.Number), after.Where(r => beforeByNumber.ContainsKey(r.Number)).Select(r => r.Number));
            foreach (var row in after)
            {
                beforeByNumber.TryGetValue(row.Number, out var old);
                var columns = row.Cells.Keys.Union(old?.Cells.Keys ?? []).Order();
                foreach (var column in columns)
                {
                    var where = $"{Path.GetFileName(path)} {sheet}!{RawRow.CellRef(column, row.Number)}";
                    var was = old?[column];
                    var now = row[column];
                    switch (now)
                    {
                        case UncomputedFormula:
                            Assert.True(was is null, $"{where}: {was}");
                            formulas++;
                            break;
                        case OversizedText big:
                            var cut = Assert.IsType<string>(was);
                            Assert.Equal(ReadLimits.Default.MaxCellChars, cut.Length);
                            Assert.StartsWith(big.Start, cut, StringComparison.Ordinal);
                            oversized++;
                            break;
                        case double d:
                            Assert.True(was is double w && w.Equals(d), $"{where}: {Describe(was)} ≠ {Describe(now)}");
                            break;
                        default:
                            Assert.True(Equals(was, now) && was?.GetType() == now?.GetType(), $"{where}: {Describe(was)} ≠ {Describe(now)}");
                            break;
                    }
                    cells++;
                }
            }
        }
        return new Comparison(cells, formulas, oversized);
    }

    private static string Describe(object? value) => value is null ? "(rien)" : $"{value.GetType().Name} « {Convert.ToString(value, CultureInfo.InvariantCulture)} »";

    [Fact]
    public void Every_workbook_of_the_demo_depot_and_the_template_read_the_same()
    {
        var depot = _folder.Combine("depot");
        DemoDataset.Generate(depot);
        TrackingTemplateWriter.Write(_folder.Combine("modele.xlsx"), null, null);
        TrackingTemplateWriter.Write(_folder.Combine("modele-rempli.xlsx"), new TemplateIdentity("PDN-50-0001", "DUPONT", "Zoé", "CS-50-001", "50", "Parentalité"), 2019);

        var files = Directory.GetFiles(_folder.Path, "*.xlsx", SearchOption.AllDirectories);
        Assert.True(files.Length > 20, $"{files.Length} classeurs");
        var total = 0;
        var refused = 0;
        foreach (var file in files)
        {
            // The demo depot holds damaged files on purpose: both readers refuse them, with the same words.
            string? before = null;
            try { OpenXmlSdkDocument.Open(file, ReadLimits.Default).Dispose(); }
            catch (SourceUnreadableException ex) { before = ex.Message; }
            if (before is not null)
            {
                Assert.Equal(before, Assert.Throws<SourceUnreadableException>(() => SourceDocument.Open(file).Dispose()).Message);
                refused++;
                continue;
            }
            var result = Compare(file);
            Assert.Equal(0, result.Oversized);
            total += result.Cells;
        }
        Assert.True(total > 10_000, $"{total} cellules comparées");
        Assert.True(refused < files.Length / 10, $"{refused} refusés");
    }

    [Fact]
    public void A_workbook_with_every_kind_of_cell_reads_the_same_but_for_the_two_deliberate_differences()
    {
        var big = new string('x', 40_000);
        var path = new RawXlsx
        {
            SharedStrings = $"""<sst xmlns="{RawXlsx.MainNs}"><si><t>Reçue</t></si><si><r><t>Parent</t></r><r><rPr><b/></rPr><t xml:space="preserve">alité </t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t xml:space="preserve">  avec espaces  </t></si><si><t></t></si><si><t>a &amp; b &lt;c&gt; &#233;</t></si><si><t>ligne 1""" + "\r\n" + $"""ligne 2&#10;fin</t></si><si/><si><t>{big}</t></si><si><r><t>seul</t></r></si></sst>""",
            Styles = $"""
                <styleSheet xmlns="{RawXlsx.MainNs}">
                  <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="[$-40C]d mmmm yyyy;@"/></numFmts>
                  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
                  <cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs>
                </styleSheet>
                """,
        }.Sheet("Types", """
            <row r="1" spans="1:12">
              <c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>
              <c r="E1" t="s"><v>99</v></c><c r="F1" t="s"><v>4</v></c><c r="G1" t="s"><v>5</v></c><c r="H1" t="s"><v>6</v></c>
              <c r="I1" t="s"><v>-1</v></c><c r="J1" t="s"><v>8</v></c><c r="K1" t="s"><v>7</v></c>
            </row>
            <row r="2">
              <c r="A2" t="inlineStr"><is><t>en ligne</t></is></c>
              <c r="B2" t="inlineStr"><is><r><t>gras</t></r><r><t> et non</t></r></is></c>
              <c r="C2" t="inlineStr"><is><t xml:space="preserve"> </t></is></c>
              <c r="D2" t="inlineStr"/>
              <c r="E2" t="str"><v>texte</v></c>
              <c r="F2" t="str"><v></v></c>
              <c r="G2" t="e"><v>#N/A</v></c>
              <c r="H2" t="b"><v>1</v></c><c r="I2" t="b"><v>0</v></c><c r="J2" t="b"><v>true</v></c><c r="K2" t="b"><v></v></c>
            </row>
            <row r="3">
              <c r="A3"><v>12.5</v></c><c r="B3" s="1"><v>43539</v></c><c r="C3" s="2"><v>43539.5</v></c><c r="D3" s="3"><v>43539</v></c>
              <c r="E3" s="4"><v>1234.5</v></c><c r="F3" s="5"><v>43540</v></c><c r="G3" s="6"><v>43540.75</v></c>
              <c r="H3" t="d"><v>2019-03-15T00:00:00</v></c><c r="I3" t="d"><v>pas une date</v></c>
              <c r="J3" s="2"><v>-1e9</v></c><c r="K3" s="42"><v>7</v></c><c r="L3"><v>1.5E-3</v></c><c r="M3"><v>abc</v></c><c r="N3" t="n"><v>-0</v></c>
            </row>
            <row r="5"><c r="B5"/><c r="C5" s="1"/><c r="D5"><v></v></c></row>
            <row r="6"><c r="A6"><v>1</v></c><c r="E6"><v>5</v></c><c r="Z6"><v>26</v></c><c r="AA6"><v>27</v></c><c><v>28</v></c></row>
            <row r="7">
              <c r="A7"><f>SUM(B7:C7)</f><v>99</v></c><c r="B7"><f>1+1</f></c><c r="C7" t="str"><f>HYPERLINK("https://exemple.fr","lien")</f></c>
              <c r="D7" t="str"><f>CONCATENATE("a","b")</f><v>ab</v></c><c r="E7" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F7" t="b"><f>TRUE()</f><v>1</v></c>
              <c r="G7"><f t="shared" ref="G7:G8" si="0">A7*2</f><v>198</v></c>
            </row>
            <row r="8"><c r="G8"><f t="shared" si="0"/></c></row>
            <row><c t="inlineStr"><is><t>sans référence</t></is></c><c><v>2</v></c></row>
            <row r="20"></row>
            <row r="21"/>
            """).Sheet("Vide", "").Sheet("Texte long", $"""<row r="1">{RawXlsx.InlineCell("A1", big)}<c r="B1" t="s"><v>7</v></c></row>""")
            .Save(_folder.Combine("types.xlsx"));

        var result = Compare(path);

        Assert.Equal(3, result.Formulas); // B7, C7 and G8: formulas saved without a value
        Assert.Equal(3, result.Oversized); // J1, A1 and B1 of « Texte long »
        Assert.True(result.Cells >= 45, $"{result.Cells} cellules");
    }

    [Fact]
    public void A_seeded_random_workbook_reads_the_same()
    {
        var random = new Random(11);
        var words = new[] { "Reçue", "Initiée", "Parent", "Jeune", "  espaces ", "a&b", "<balise>", "\"guillemets\"", "ligne\nsuivante", "Zoé", "ÉTÉ", "'1-5", "=A1", "12,5", "" };
        var shared = new StringBuilder($"""<sst xmlns="{RawXlsx.MainNs}">""");
        foreach (var w in words) shared.Append($"""<si><t xml:space="preserve">{SecurityElement.Escape(w)}</t></si>""");
        shared.Append("</sst>");
        var rows = new StringBuilder();
        for (var r = 1; r <= 400; r++)
        {
            if (random.Next(10) == 0) continue;
            rows.Append($"<row r=\"{r}\">");
            for (var c = 1; c <= 30; c++)
            {
                if (random.Next(3) == 0) continue;
                var reference = RawRow.CellRef(c, r);
                rows.Append((random.Next(9)) switch
                {
                    0 => $"""<c r="{reference}" t="s"><v>{random.Next(words.Length)}</v></c>""",
                    1 => RawXlsx.InlineCell(reference, words[random.Next(words.Length)]),
                    2 => $"""<c r="{reference}"><v>{(random.NextDouble() * 1e6 - 5e5).ToString("R", CultureInfo.InvariantCulture)}</v></c>""",
                    3 => $"""<c r="{reference}" s="{random.Next(4)}"><v>{random.Next(36000, 47000)}</v></c>""",
                    4 => $"""<c r="{reference}" t="b"><v>{random.Next(2)}</v></c>""",
                    5 => $"""<c r="{reference}" t="e"><v>#VALUE!</v></c>""",
                    6 => $"""<c r="{reference}" s="{random.Next(4)}"/>""",
                    7 => $"""<c r="{reference}"><f>ROW()</f><v>{r}</v></c>""",
                    _ => $"""<c r="{reference}" t="str"><f>"x"&amp;ROW()</f><v>x{r}</v></c>""",
                });
            }
            rows.Append("</row>");
        }
        var path = new RawXlsx
        {
            SharedStrings = shared.ToString(),
            Styles = $"""<styleSheet xmlns="{RawXlsx.MainNs}"><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="2"/><xf numFmtId="47"/></cellXfs></styleSheet>""",
        }.Sheet("Aléatoire", rows.ToString()).Save(_folder.Combine("aleatoire.xlsx"));

        var result = Compare(path);

        Assert.Equal(0, result.Formulas + result.Oversized);
        Assert.True(result.Cells > 5_000, $"{result.Cells} cellules");
    }
}
