using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Tests.Support;

namespace Reporting.Tests.Sources;

/// <summary>What the streaming xlsx reader makes of each kind of cell.</summary>
public sealed class XlsxDocumentTests : IDisposable
{
    private const string Styles = $"""
        <styleSheet xmlns="{RawXlsx.MainNs}">
          <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="[$-40C]d mmmm yyyy;@"/></numFmts>
          <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/><xf numFmtId="166"/></cellXfs>
        </styleSheet>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<RawRow> Rows(string path, string sheet = "Feuil1")
    {
        using var doc = SourceDocument.Open(path);
        Assert.Equal(SourceFormat.Xlsx, doc.Format);
        return doc.ReadSheet(sheet).ToList();
    }

    [Fact]
    public void Cells_come_out_typed()
    {
        var path = new RawXlsx
        {
            SharedStrings = $"""<sst xmlns="{RawXlsx.MainNs}"><si><t>Reçue</t></si><si><r><t>Parent</t></r><r><rPr><b/></rPr><t>alité</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t xml:space="preserve">  avec espaces  </t></si><si><t></t></si></sst>""",
            Styles = Styles,
        }.Sheet("Feuil1", """
            <row r="1">
              <c r="A1" t="s"><v>0</v></c>
              <c r="B1" t="s"><v>1</v></c>
              <c r="C1" t="s"><v>2</v></c>
              <c r="D1" t="s"><v>3</v></c>
              <c r="E1" t="s"><v>99</v></c>
              <c r="F1" t="inlineStr"><is><t>en ligne</t></is></c>
              <c r="G1" t="str"><v>texte</v></c>
            </row>
            <row r="2">
              <c r="A2"><v>12.5</v></c>
              <c r="B2" s="1"><v>43539</v></c>
              <c r="C2" s="2"><v>43539.5</v></c>
              <c r="D2" s="3"><v>43539</v></c>
              <c r="E2" s="4"><v>1234.5</v></c>
              <c r="F2" s="5"><v>43540</v></c>
              <c r="G2" t="b"><v>1</v></c>
              <c r="H2" t="b"><v>0</v></c>
              <c r="I2" t="e"><v>#N/A</v></c>
              <c r="J2" t="d"><v>2019-03-15T00:00:00</v></c>
              <c r="K2" s="2"><v>-1e9</v></c>
              <c r="L2" s="42"><v>7</v></c>
            </row>
            """).Save(_folder.Combine("types.xlsx"));

        var rows = Rows(path);

        Assert.Equal([1, 2], rows.Select(r => r.Number));
        var r1 = rows[0];
        Assert.Equal("Reçue", r1[1]);
        Assert.Equal("Parentalité", r1[2]);
        Assert.Equal("  avec espaces  ", r1[3]);
        Assert.Null(r1[4]); // empty shared string: no cell
        Assert.Null(r1[5]); // index out of the table: no cell, no crash
        Assert.Equal("en ligne", r1[6]);
        Assert.Equal("texte", r1[7]);
        Assert.Equal([1, 2, 3, 6, 7], r1.Cells.Keys.Order());

        var r2 = rows[1];
        Assert.Equal(12.5, r2[1]);
        Assert.Equal(new DateTime(2019, 3, 15), r2[2]);
        Assert.Equal(new DateTime(2019, 3, 15, 12, 0, 0), r2[3]);
        Assert.Equal(43539.0, r2[4]); // "0.00" is not a date format
        Assert.Equal(1234.5, r2[5]);
        Assert.Equal(new DateTime(2019, 3, 16), r2[6]);
        Assert.Equal(true, r2[7]);
        Assert.Equal(false, r2[8]);
        Assert.Equal("#N/A", r2[9]);
        Assert.Equal(new DateTime(2019, 3, 15), r2[10]);
        Assert.Equal(-1e9, r2[11]); // date-styled but outside Excel's calendar: stays a number
        Assert.Equal(7.0, r2[12]); // style index beyond the table: a number
    }

    [Fact]
    public void Rows_and_cells_without_references_follow_the_previous_ones()
    {
        var path = new RawXlsx().Sheet("Feuil1", """
            <row r="3"><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c><c r="E3" t="inlineStr"><is><t>e</t></is></c><c><v>6</v></c></row>
            <row><c><v>1</v></c></row>
            <row r="10"></row>
            <row r="11"><c r="A11"/><c r="B11" t="inlineStr"><is><t></t></is></c></row>
            <row r="12"><c r="C12"><v>3</v></c></row>
            """).Save(_folder.Combine("refs.xlsx"));

        var rows = Rows(path);

        Assert.Equal([3, 4, 12], rows.Select(r => r.Number)); // rows without a value are not yielded
        Assert.Equal("a", rows[0][1]);
        Assert.Equal("b", rows[0][2]);
        Assert.Equal("e", rows[0][5]);
        Assert.Equal(6.0, rows[0][6]);
        Assert.Equal(1.0, rows[1][1]);
        Assert.Equal(3.0, rows[2][3]);
    }

    [Fact]
    public void Formula_cells_give_their_cached_value_and_are_never_evaluated()
    {
        var path = new RawXlsx().Sheet("Feuil1", """
            <row r="1">
              <c r="A1"><f>SUM(B1:C1)</f><v>99</v></c>
              <c r="B1"><v>1</v></c>
              <c r="C1"><v>2</v></c>
              <c r="D1" t="str"><f>CONCATENATE("a","b")</f><v>en cache</v></c>
              <c r="E1"><f>1+1</f></c>
              <c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>
              <c r="G1" t="b"><f>TRUE()</f><v>0</v></c>
              <c r="H1" t="str"><f>WEBSERVICE("http://example.org/")</f><v>=cmd|' /C calc'!A0</v></c>
            </row>
            """).Save(_folder.Combine("formulas.xlsx"));

        var row = Assert.Single(Rows(path));

        Assert.Equal(99.0, row[1]);
        Assert.Equal("en cache", row[4]);
        Assert.Equal(new UncomputedFormula("1+1"), row[5]); // no cached value: the formula's text, never a computed 2
        Assert.Equal("#DIV/0!", row[6]);
        Assert.Equal(false, row[7]);
        Assert.Equal("=cmd|' /C calc'!A0", row[8]);
    }

    [Fact]
    public void Sheets_are_listed_in_workbook_order_and_read_by_name()
    {
        var path = new RawXlsx()
            .Sheet("Zèbre", RawXlsx.TextRow(1, "z"))
            .Sheet("Alpha", RawXlsx.TextRow(1, "a"))
            .Save(_folder.Combine("sheets.xlsx"));

        using var doc = SourceDocument.Open(path);

        Assert.Equal(["Zèbre", "Alpha"], doc.SheetNames);
        Assert.Equal("z", doc.ReadSheet("Zèbre").Single()[1]);
        Assert.Equal("a", doc.ReadSheet("Alpha").Single()[1]);
        Assert.Throws<ArgumentException>(() => doc.ReadSheet("Absente"));
    }

    [Fact]
    public void A_sheet_can_be_read_twice()
    {
        var path = new RawXlsx().Sheet("Feuil1", RawXlsx.TextRow(1, "a", "b") + RawXlsx.TextRow(2, "c")).Save(_folder.Combine("twice.xlsx"));
        using var doc = SourceDocument.Open(path);
        Assert.Equal(2, doc.ReadSheet("Feuil1").Count());
        Assert.Equal(2, doc.ReadSheet("Feuil1").Count());
    }

    [Theory]
    [InlineData("dd/mm/yyyy", true)]
    [InlineData("d mmmm yyyy", true)]
    [InlineData("[$-40C]d mmmm yyyy;@", true)]
    [InlineData("[h]:mm", true)]
    [InlineData("hh:mm:ss", true)]
    [InlineData("yyyy", true)]
    [InlineData("General", false)]
    [InlineData("", false)]
    [InlineData("0.00", false)]
    [InlineData("#,##0", false)]
    [InlineData("[Red]0.00", false)]
    [InlineData("\"jours\" 0", false)]
    [InlineData("0\\h", false)]
    [InlineData("0.0_m", false)]
    [InlineData("# ##0,00 €;-# ##0,00 €", false)]
    public void Custom_formats_that_display_dates(string code, bool isDate) => Assert.Equal(isDate, NumberFormats.IsDate(code));

    [Theory]
    [InlineData(0u, false)]
    [InlineData(2u, false)]
    [InlineData(14u, true)]
    [InlineData(22u, true)]
    [InlineData(23u, false)]
    [InlineData(30u, true)]
    [InlineData(45u, true)]
    [InlineData(49u, false)]
    public void Built_in_formats_that_display_dates(uint id, bool isDate) => Assert.Equal(isDate, NumberFormats.IsBuiltInDate(id));

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    [InlineData(16384, "XFD")]
    public void Column_letters(int column, string letters) => Assert.Equal(letters, RawRow.ColumnLetter(column));

    [Fact]
    public void Cell_references() => Assert.Equal("B4", RawRow.CellRef(2, 4));
}
