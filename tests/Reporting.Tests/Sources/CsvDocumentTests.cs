using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;
using Reporting.Validation.Common;
using Reporting.Validation.Reference;

namespace Reporting.Tests.Sources;

/// <summary>CSV inputs (INPUTS.md "General rules"): separator and encoding detected, RFC 4180 quoting, file lines as row numbers.</summary>
public sealed class CsvDocumentTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<char, string> SeparatorsAndEncodings()
    {
        var data = new TheoryData<char, string>();
        foreach (var separator in new[] { ';', ',' })
            foreach (var encoding in new[] { "utf-8-bom", "utf-8", "windows-1252" })
                data.Add(separator, encoding);
        return data;
    }

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-8-bom" => ReferenceFiles.Utf8Bom,
        "utf-8" => ReferenceFiles.Utf8,
        "windows-1252" => ReferenceFiles.Windows1252,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>One CSV line: fields holding the separator, a quote or a line break are quoted (RFC 4180).</summary>
    private static string Line(char separator, params string[] fields) =>
        string.Join(separator, fields.Select(f => f.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? $"\"{f.Replace("\"", "\"\"")}\"" : f));

    private string Write(string name, Encoding encoding, IEnumerable<string> lines)
    {
        var path = _folder.Combine(name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding);
        return path;
    }

    private static readonly string[] PromeneursHeader = [.. InputContract.Promeneurs.Columns];

    private static Validated<IReadOnlyList<PromeneurRecord>> Promeneurs(string path)
    {
        using var doc = SourceDocument.Open(path);
        var recognition = FileRecognizer.Recognize(doc);
        Assert.Equal(InputKind.Promeneurs, recognition.Kind);
        var validated = PromeneursValidator.Validate(doc, recognition.Sheet);
        Assert.Null(validated.FileError);
        return validated;
    }

    [Theory]
    [MemberData(nameof(SeparatorsAndEncodings))]
    public void Promeneurs_read_alike_in_every_separator_and_encoding(char separator, string encodingName)
    {
        var encoding = EncodingOf(encodingName);
        var path = Write("promeneurs.csv", encoding,
        [
            Line(separator, PromeneursHeader),
            Line(separator, "PDN-21-0001", "Lefèvre", "Hélène", "cs-21-001", "21", "parentalite", "Référent famille, médiateur", "01/10/2018", ""),
            Line(separator, "PDN-2A-0002", "Œillet", "Zoé", "CS-2A-001", "2a", "Jeunesse", "Animateur « jeunesse »", "2019-01-15", "31/12/2019"),
        ]);

        using (var doc = CsvDocumentOf(path))
        {
            Assert.Equal(separator, doc.Separator);
            Assert.Equal(encodingName == "windows-1252" ? 1252 : 65001, doc.Encoding.CodePage);
            Assert.Equal(encodingName == "utf-8-bom" ? 3 : 0, doc.Encoding.GetPreamble().Length);
        }

        var validated = Promeneurs(path);

        Assert.Empty(validated.Rejections);
        Assert.Equal(
        [
            new PromeneurRecord("PDN-21-0001", "Lefèvre", "Hélène", "CS-21-001", "21", "Parentalité", "Référent famille, médiateur", new DateOnly(2018, 10, 1), null, 2),
            new PromeneurRecord("PDN-2A-0002", "Œillet", "Zoé", "CS-2A-001", "2A", "Jeunesse", "Animateur « jeunesse »", new DateOnly(2019, 1, 15), new DateOnly(2019, 12, 31), 3),
        ], validated.Content);
    }

    [Theory]
    [MemberData(nameof(SeparatorsAndEncodings))]
    public void Structures_read_alike_in_every_separator_and_encoding(char separator, string encodingName)
    {
        var path = Write("structures.csv", EncodingOf(encodingName),
        [
            Line(separator, "Code", "Nom", "Type", "Commune", "Département"),
            Line(separator, "CS-21-001", "Maison de quartier de la Côte-d'Or", "collectivite", "Dijon", "21"),
            Line(separator, "CS-21-002", "Espace « Être parent »", "EVS", "Beaune, Côte-d'Or", "21"),
        ]);

        using var doc = SourceDocument.Open(path);
        var recognition = FileRecognizer.Recognize(doc);
        Assert.Equal(InputKind.Structures, recognition.Kind);
        var validated = StructuresValidator.Validate(doc, recognition.Sheet);

        Assert.Null(validated.FileError);
        Assert.Empty(validated.Rejections);
        Assert.Equal(
        [
            new StructureRecord("CS-21-001", "Maison de quartier de la Côte-d'Or", "Collectivité", "Dijon", "21", 2),
            new StructureRecord("CS-21-002", "Espace « Être parent »", "Espace de vie sociale", "Beaune, Côte-d'Or", "21", 3),
        ], validated.Content);
    }

    private static CsvDocument CsvDocumentOf(string path) => Assert.IsType<CsvDocument>(SourceDocument.Open(path));

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void Quoted_fields_hold_separators_quotes_and_line_breaks(char separator)
    {
        var path = Write("quotes.csv", ReferenceFiles.Utf8,
        [
            Line(separator, "Code", "Nom", "Type", "Commune", "Département"),
            Line(separator, "CS-50-001", "Centre \"Les Mouettes\"; annexe, Granville", "Centre social", "Granville\r\nquartier Saint-Paul", "50"),
            Line(separator, "CS-50-002", "\"\"", "Association", "", "50"),
            Line(separator, "CS-50-003", "Fin", "Association", "Caen", "14"),
        ]);

        using var doc = SourceDocument.Open(path);
        var rows = doc.ReadSheet(ISourceDocument.CsvSheetName).ToList();

        Assert.Equal([1, 2, 4, 5], rows.Select(r => r.Number)); // the record on lines 2-3 counts two file lines
        Assert.Equal("Centre \"Les Mouettes\"; annexe, Granville", rows[1][2]);
        Assert.Equal("Granville\r\nquartier Saint-Paul", rows[1][4]);
        Assert.Equal("\"\"", rows[2][2]);
        Assert.Null(rows[2][4]); // an empty field is no cell
        Assert.Equal("Fin", rows[3][2]);
        Assert.Equal(5, rows[1].Cells.Count);
    }

    [Fact]
    public void Rejections_name_the_file_line_past_multi_line_fields_and_blank_lines()
    {
        var path = Write("promeneurs.csv", ReferenceFiles.Utf8Bom,
        [
            Line(';', PromeneursHeader),
            Line(';', "PDN-50-0001", "Dupont", "Camille", "CS-50-001", "50", "Parentalité", "Référente\r\nfamille\r\n(mi-temps)", "01/10/2018", ""),
            "",
            Line(';', "PDN-50-0002", "Martin", "Léa", "CS-50-001", "50", "Enfance", "", "01/10/2018", ""),
            ";;;;;;;;",
            Line(';', "PDN-50-0003", "Durand", "Noé", "CS-50-001", "50", "Jeunesse", "", "2018-02-30", ""),
        ]);

        var validated = Promeneurs(path);

        Assert.Equal("PDN-50-0001", Assert.Single(validated.Content!).Identifiant);
        Assert.Equal("Référente\r\nfamille\r\n(mi-temps)", validated.Content![0].Metier);
        Assert.Equal(
        [
            new Rejection("", 6, "Label", "F6", "Enfance", "« Enfance » n'est pas une valeur de « Label » : valeurs attendues « Jeunesse » ou « Parentalité »."),
            new Rejection("", 8, "Date de labellisation", "H8", "2018-02-30", "« 2018-02-30 » n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue."),
        ], validated.Rejections);
    }

    [Fact]
    public void Windows_1252_is_detected_when_the_only_accent_is_far_down_the_file()
    {
        var lines = new List<string> { "Code;Nom;Type;Commune;Département" };
        for (var i = 1; i <= 3000; i++) lines.Add($"CS-50-{i:0000};Structure {i};Association;Saint-Lo;50");
        lines.Add("CS-50-9999;Hélène et Gaëlle;Association;Saint-Lô;50");
        var path = Write("structures.csv", ReferenceFiles.Windows1252, lines);
        Assert.True(new FileInfo(path).Length > 128 * 1024);

        using var doc = CsvDocumentOf(path);
        Assert.Equal(1252, doc.Encoding.CodePage);
        var last = doc.ReadSheet(ISourceDocument.CsvSheetName).Last();
        Assert.Equal("Hélène et Gaëlle", last[2]);
        Assert.Equal("Saint-Lô", last[4]);
    }

    [Fact]
    public void Utf8_is_kept_when_an_accent_straddles_the_detection_buffer()
    {
        // "é" is two bytes in UTF-8: put them on either side of the 64 KiB read boundary.
        var head = "Code;Nom;Type;Commune;Département\r\nCS-50-0001;";
        var filler = new string('x', 64 * 1024 - Encoding.UTF8.GetByteCount(head) - 1);
        var text = head + filler + "é;Association;Saint-Lô;50\r\n";
        var path = _folder.Combine("frontiere.csv");
        File.WriteAllText(path, text, ReferenceFiles.Utf8);
        Assert.Equal(0xC3, File.ReadAllBytes(path)[64 * 1024 - 1]);

        using var doc = CsvDocumentOf(path);
        Assert.Equal(65001, doc.Encoding.CodePage);
        Assert.Equal("Saint-Lô", doc.ReadSheet(ISourceDocument.CsvSheetName).Last()[4]);
    }

    [Fact]
    public void Utf16_with_a_bom_is_read()
    {
        var path = Write("structures.csv", Encoding.Unicode, ["Code;Nom;Type;Commune;Département", "CS-21-001;Côte-d'Or;Association;Dijon;21"]);

        using var doc = SourceDocument.Open(path);
        Assert.Equal(InputKind.Structures, FileRecognizer.Recognize(doc).Kind);
        Assert.Equal("Côte-d'Or", doc.ReadSheet(ISourceDocument.CsvSheetName).Last()[2]);
    }

    [Theory]
    [InlineData("a;b;c", ';')]
    [InlineData("a,b,c", ',')]
    [InlineData("a\tb\tc", '\t')]
    [InlineData("a;b,c", ';')]
    [InlineData("\"a;b\",c,d", ',')]
    [InlineData("\"Nom, prénom\";Code", ';')]
    [InlineData("seule", ';')]
    [InlineData("\r\n\r\na,b", ',')]
    public void Separator_is_the_most_frequent_outside_quotes(string firstLines, char expected)
    {
        var path = _folder.Combine("sep.csv");
        File.WriteAllText(path, firstLines + "\r\n1;2,3\r\n", ReferenceFiles.Utf8);
        Assert.Equal(expected, CsvDocument.DetectSeparator(path, ReferenceFiles.Utf8));
    }

    [Fact]
    public void An_xlsx_may_replace_a_csv_with_its_first_sheet()
    {
        string[][] rows =
        [
            ["PDN-21-0001", "Lefèvre", "Hélène", "CS-21-001", "21", "Parentalité", "Référent famille", "01/10/2018", ""],
            ["PDN-2A-0002", "Œillet", "Zoé", "CS-2A-001", "2A", "Jeunesse", "", "15/01/2019", "31/12/2019"],
        ];
        var csv = Write("promeneurs.csv", ReferenceFiles.Utf8Bom, [Line(';', PromeneursHeader), .. rows.Select(r => Line(';', r))]);

        var xlsx = _folder.Combine("promeneurs.xlsx");
        using (var package = new ExcelPackage())
        {
            var sheet = package.Workbook.Worksheets.Add("Promeneurs 2019");
            package.Workbook.Worksheets.Add("Notes").Cells[1, 1].Value = "Identifiant";
            for (var c = 0; c < PromeneursHeader.Length; c++) sheet.Cells[1, c + 1].Value = PromeneursHeader[c];
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++)
                {
                    object? value = rows[r][c];
                    if (c == 4 && int.TryParse(rows[r][c], out var dep)) value = (double)dep; // a number, as Excel would keep it
                    if (c >= 7 && DateTime.TryParseExact(rows[r][c], "dd/MM/yyyy", null, System.Globalization.DateTimeStyles.None, out var date)) value = date;
                    if (value is "") value = null;
                    sheet.Cells[r + 2, c + 1].Value = value;
                    if (value is DateTime) sheet.Cells[r + 2, c + 1].Style.Numberformat.Format = "dd/mm/yyyy";
                }
            package.SaveAs(new FileInfo(xlsx));
        }

        using (var doc = SourceDocument.Open(xlsx))
            Assert.Equal(new Recognition(InputKind.Promeneurs, "Promeneurs 2019"), FileRecognizer.Recognize(doc));
        var fromCsv = Promeneurs(csv);
        var fromXlsx = Promeneurs(xlsx);

        Assert.Equal(2, fromXlsx.Content!.Count);
        Assert.Equal(fromCsv.Content, fromXlsx.Content);
        Assert.Empty(fromXlsx.Rejections);
    }
}
