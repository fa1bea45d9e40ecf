using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using Reporting.Domain.Categories;
using Reporting.Domain.Contracts;
using Reporting.Domain.Territory;
using T = Reporting.Domain.Contracts.InputContract.Tracking;

namespace Reporting.Benchmarks;

/// <summary>
/// A deterministic depot at national scale: the reference lists (structures, promeneurs) and one tracking
/// workbook per promeneur, 12 months and <see cref="SolicitationsPerWorkbook"/> solicitations each, written
/// part by part (shared strings, date styles) as a spreadsheet program writes them. Same seed, same bytes.
/// </summary>
public static class Dataset
{
    public const int SolicitationsPerWorkbook = 500;
    public const int Year = 2019;

    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly DateTime Stamp = new(2020, 1, 15, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Writes <paramref name="workbooks"/> tracking workbooks (40 per département) and the two lists; returns the files written.</summary>
    public static int Generate(string depot, int workbooks, int seed = 4000)
    {
        var random = new Random(seed);
        var perDepartement = 40;
        var departements = Departements.All.Take((workbooks + perDepartement - 1) / perDepartement).ToList();
        var promeneurs = new List<(string Id, string Structure, string Dep, string Label)>();
        foreach (var dep in departements)
            for (var i = 1; i <= perDepartement && promeneurs.Count < workbooks; i++)
                promeneurs.Add(($"PDN-{dep.Code}-{i:0000}", $"CS-{dep.Code}-{i:000}", dep.Code, i % 3 == 0 ? "Jeunesse" : "Parentalité"));

        var lists = Path.Combine(depot, "referentiel");
        Directory.CreateDirectory(lists);
        var structures = new StringBuilder("Code;Nom;Type;Commune;Département\r\n");
        var people = new StringBuilder("Identifiant;Nom;Prénom;Code structure;Département;Label;Métier;Date de labellisation;Date de fin de labellisation\r\n");
        foreach (var p in promeneurs)
        {
            structures.Append(CultureInfo.InvariantCulture, $"{p.Structure};Centre social {p.Structure};Centre social;Commune {p.Dep};{p.Dep}\r\n");
            people.Append(CultureInfo.InvariantCulture, $"{p.Id};NOM{p.Id[^4..]};Prénom;{p.Structure};{p.Dep};{p.Label};Animateur;01/01/{Year - 1};\r\n");
        }
        File.WriteAllText(Path.Combine(lists, "structures.csv"), structures.ToString(), new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(lists, "promeneurs.csv"), people.ToString(), new UTF8Encoding(true));

        var n = 0;
        foreach (var p in promeneurs)
        {
            var path = Path.Combine(depot, "suivis", p.Dep, $"Suivi_{p.Id}_{Year}.xlsx");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WriteWorkbook(path, p.Id, p.Structure, p.Dep, p.Label, random);
            File.SetLastWriteTimeUtc(path, Stamp.AddSeconds(n++));
        }
        return n + 2;
    }

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];
        public int Count { get; private set; }

        public string Cell(string reference, string text)
        {
            Count++;
            if (!_index.TryGetValue(text, out var i))
            {
                i = _items.Count;
                _index[text] = i;
                _items.Add(text);
            }
            return $"""<c r="{reference}" t="s"><v>{i}</v></c>""";
        }

        public string Xml()
        {
            var sb = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{MainNs}" count="{Count}" uniqueCount="{_items.Count}">""");
            foreach (var item in _items) sb.Append("<si><t>").Append(SecurityElement.Escape(item)).Append("</t></si>");
            return sb.Append("</sst>").ToString();
        }
    }

    private static string Number(string reference, double value, int style = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"""<c r="{reference}"{(style > 0 ? $" s=\"{style}\"" : "")}><v>{value}</v></c>""");

    private static string Ref(int column, int row) => $"{(char)('A' + column - 1)}{row}";

    private static void WriteWorkbook(string path, string id, string structure, string dep, string label, Random random)
    {
        var strings = new SharedStrings();
        var identification = new StringBuilder();
        (string Label, string Value)[] idRows =
        [
            (T.VersionLabel, InputContract.TemplateVersion), (T.IdentifiantLabel, id), (T.NomLabel, $"NOM{id[^4..]}"), (T.PrenomLabel, "Prénom"),
            (T.CodeStructureLabel, structure), (T.DepartementLabel, dep), (T.LabelLabel, label),
        ];
        var r = 1;
        foreach (var (l, v) in idRows)
        {
            identification.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">{strings.Cell(Ref(1, r), l)}{strings.Cell(Ref(2, r), v)}</row>");
            r++;
        }
        identification.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">{strings.Cell(Ref(1, r), T.AnneeLabel)}{Number(Ref(2, r), Year)}</row>");

        var temps = new StringBuilder(Header(strings, T.TempsColumns));
        for (var m = 1; m <= 12; m++)
        {
            var row = m + 1;
            temps.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\">{strings.Cell(Ref(1, row), Lists.Mois[m - 1])}")
                .Append(Number(Ref(2, row), Math.Round(3 + random.NextDouble() * 7, 1)))
                .Append(Number(Ref(3, row), Math.Round(1 + random.NextDouble() * 4, 1)));
            for (var c = 4; c <= 7; c++) temps.Append(Number(Ref(c, row), random.Next(0, 40)));
            temps.Append("</row>");
        }

        var solicitations = new StringBuilder(Header(strings, T.SollicitationsColumns));
        var first = new DateTime(Year, 1, 1);
        for (var s = 0; s < SolicitationsPerWorkbook; s++)
        {
            var row = s + 2;
            var day = first.AddDays(random.Next(0, 365));
            solicitations.Append(CultureInfo.InvariantCulture, $"<row r=\"{row}\">{Number(Ref(1, row), day.ToOADate(), 1)}");
            var column = 2;
            foreach (var list in Lists.SolicitationLists)
                solicitations.Append(strings.Cell(Ref(column++, row), list.Values[random.Next(list.Values.Count)]));
            solicitations.Append(strings.Cell(Ref(column, row), random.Next(10) == 0 ? "Oui" : "Non")).Append("</row>");
        }

        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        string[] sheets = [T.IdentificationSheet, T.TempsSheet, T.SollicitationsSheet];
        Entry(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{string.Concat(sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
        Entry(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNs}" xmlns:r="{RelNs}"><sheets>{string.Concat(sheets.Select((s, i) => $"""<sheet name="{s}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""))}</sheets></workbook>""");
        Entry(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="{RelNs}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))}<Relationship Id="rId8" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="{RelNs}/styles" Target="styles.xml"/></Relationships>""");
        Entry(zip, "xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{MainNs}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>""");
        StringBuilder[] parts = [identification, temps, solicitations];
        for (var i = 0; i < parts.Length; i++)
            Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MainNs}"><sheetData>{parts[i]}</sheetData></worksheet>""");
        Entry(zip, "xl/sharedStrings.xml", strings.Xml());
    }

    private static string Header(SharedStrings strings, IReadOnlyList<string> columns) =>
        "<row r=\"1\">" + string.Concat(columns.Select((c, i) => strings.Cell(Ref(i + 1, 1), c))) + "</row>";

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(Stamp);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
