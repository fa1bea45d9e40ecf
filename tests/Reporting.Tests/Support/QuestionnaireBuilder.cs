using System.Globalization;
using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Contracts;

namespace Reporting.Tests.Support;

/// <summary>
/// Builds a questionnaire (INPUTS.md §4) for tests, as one workbook (sheets Questionnaire, Questions,
/// Réponses) or as three CSV files <c>&lt;CODE&gt;.questionnaire.csv</c>, <c>.questions.csv</c>,
/// <c>.reponses.csv</c>, in a chosen encoding and separator. Any value may go in any cell.
/// </summary>
public sealed class QuestionnaireBuilder(string code = "QQ-2019", string intitule = "Questionnaire qualitatif 2019", object? annee = null, string departement = "50")
{
    private readonly List<(string Label, object? Value)> _meta =
        [("Code", code), ("Intitulé", intitule), ("Année", annee ?? 2019), ("Département", departement)];

    private readonly List<object?[]> _questions = [];
    private readonly List<object?[]> _responses = [];

    public string Code => code;

    /// <summary>The header of Réponses; by default the fixed columns then every question code.</summary>
    public string[]? ResponsesHeader { get; set; }

    public QuestionnaireBuilder Meta(string label, object? value)
    {
        var i = _meta.FindIndex(m => m.Label == label);
        if (i >= 0) _meta[i] = (label, value);
        else _meta.Add((label, value));
        return this;
    }

    /// <summary>A row of Questions: Code question, Libellé, Type, Modalités.</summary>
    public QuestionnaireBuilder Question(string questionCode, string libelle, string type, string? modalites = null)
    {
        _questions.Add([questionCode, libelle, type, modalites]);
        return this;
    }

    /// <summary>A row of Réponses: Horodatage, Identifiant PdN, Type de répondant, then one cell per question.</summary>
    public QuestionnaireBuilder Response(params object?[] cells)
    {
        _responses.Add(cells);
        return this;
    }

    private string[] Header => ResponsesHeader ?? [.. InputContract.Questionnaire.ResponseColumns, .. _questions.Select(q => (string)q[0]!)];

    public string SaveWorkbook(string path, DateTime? lastModifiedUtc = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var package = new ExcelPackage())
        {
            var meta = package.Workbook.Worksheets.Add(InputContract.Questionnaire.MetaSheet);
            for (var i = 0; i < _meta.Count; i++)
            {
                meta.Cells[i + 1, 1].Value = _meta[i].Label;
                meta.Cells[i + 1, 2].Value = _meta[i].Value;
            }
            Table(package.Workbook.Worksheets.Add(InputContract.Questionnaire.QuestionsSheet), [.. InputContract.Questionnaire.QuestionColumns], _questions);
            Table(package.Workbook.Worksheets.Add(InputContract.Questionnaire.ResponsesSheet), Header, _responses);
            package.SaveAs(new FileInfo(path));
        }
        if (lastModifiedUtc is DateTime t) File.SetLastWriteTimeUtc(path, t);
        return path;
    }

    /// <summary>Writes the three CSV files into a folder, named after the code (or <paramref name="prefix"/>); returns their paths.</summary>
    public (string Meta, string Questions, string Responses) SaveCsv(string folder, Encoding? encoding = null, char separator = ';', string? prefix = null, DateTime? lastModifiedUtc = null)
    {
        Directory.CreateDirectory(folder);
        prefix ??= code;
        var meta = Write(Path.Combine(folder, $"{prefix}.questionnaire.csv"), _meta.Select(m => new[] { m.Label, m.Value }), encoding, separator, lastModifiedUtc);
        var questions = Write(Path.Combine(folder, $"{prefix}.questions.csv"), [[.. InputContract.Questionnaire.QuestionColumns], .. _questions], encoding, separator, lastModifiedUtc);
        var responses = Write(Path.Combine(folder, $"{prefix}.reponses.csv"), [[.. Header], .. _responses], encoding, separator, lastModifiedUtc);
        return (meta, questions, responses);
    }

    public static string Write(string path, IEnumerable<object?[]> rows, Encoding? encoding, char separator, DateTime? lastModifiedUtc = null)
    {
        var sb = new StringBuilder();
        foreach (var row in rows) sb.Append(string.Join(separator, row.Select(v => Quote(Text(v), separator)))).Append("\r\n");
        File.WriteAllText(path, sb.ToString(), encoding ?? ReferenceFiles.Utf8Bom);
        if (lastModifiedUtc is DateTime t) File.SetLastWriteTimeUtc(path, t);
        return path;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static void Table(ExcelWorksheet sheet, string[] header, List<object?[]> rows)
    {
        for (var c = 0; c < header.Length; c++) sheet.Cells[1, c + 1].Value = header[c];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                // A formula saved without its computed value, as tools that never calculate write it.
                if (rows[r][c] is Reporting.Domain.Parsing.UncomputedFormula f) sheet.Cells[r + 2, c + 1].Formula = f.Formula;
                else sheet.Cells[r + 2, c + 1].Value = rows[r][c];
                if (rows[r][c] is DateTime) sheet.Cells[r + 2, c + 1].Style.Numberformat.Format = "dd/mm/yyyy hh:mm";
            }
    }
}
