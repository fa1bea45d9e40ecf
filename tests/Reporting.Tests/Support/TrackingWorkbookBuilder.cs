using OfficeOpenXml;
using Reporting.Domain.Contracts;

namespace Reporting.Tests.Support;

/// <summary>
/// Builds tracking workbooks cell by cell for tests, the way a promeneur (or a hostile sender)
/// could: any value in any cell. Defaults follow INPUTS.md §1.
/// </summary>
public sealed class TrackingWorkbookBuilder
{
    private readonly List<(string Label, object? Value)> _identification;
    private readonly List<object?[]> _temps = [];
    private readonly List<object?[]> _sollicitations = [];

    public TrackingWorkbookBuilder(string identifiant = "PDN-50-0001", string departement = "50", string label = "Parentalité", object? annee = null)
    {
        _identification =
        [
            ("Version du modèle", InputContract.TemplateVersion),
            ("Identifiant PdN", identifiant),
            ("Nom", "DUPONT"),
            ("Prénom", "Camille"),
            ("Code structure", "CS-50-001"),
            ("Département", departement),
            ("Label", label),
            ("Année", annee ?? 2019),
        ];
    }

    public string[] TempsHeader { get; set; } = [.. InputContract.Tracking.TempsColumns];

    public string[] SollicitationsHeader { get; set; } = [.. InputContract.Tracking.SollicitationsColumns];

    /// <summary>Replaces (or adds) an Identification value found by its label.</summary>
    public TrackingWorkbookBuilder Identification(string label, object? value)
    {
        var i = _identification.FindIndex(x => x.Label == label);
        if (i >= 0) _identification[i] = (label, value);
        else _identification.Add((label, value));
        return this;
    }

    public TrackingWorkbookBuilder WithoutIdentification(string label)
    {
        _identification.RemoveAll(x => x.Label == label);
        return this;
    }

    /// <summary>A row of Temps: Mois, Heures en ligne, Heures hors ligne, Permanences, Amis public, Amis professionnels, Publications.</summary>
    public TrackingWorkbookBuilder Month(params object?[] cells)
    {
        _temps.Add(cells);
        return this;
    }

    /// <summary>A row of Sollicitations: Date, Sens, Interlocuteur, Modalité, Thème, Tranche d'âge, Nouveau participant.</summary>
    public TrackingWorkbookBuilder Solicitation(params object?[] cells)
    {
        _sollicitations.Add(cells);
        return this;
    }

    public bool IncludeTemps { get; set; } = true;

    public bool IncludeSollicitations { get; set; } = true;

    public string Save(string path, DateTime? lastModifiedUtc = null)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using (var package = new ExcelPackage())
        {
            var id = package.Workbook.Worksheets.Add(InputContract.Tracking.IdentificationSheet);
            for (var i = 0; i < _identification.Count; i++)
            {
                id.Cells[i + 1, 1].Value = _identification[i].Label;
                id.Cells[i + 1, 2].Value = _identification[i].Value;
            }
            if (IncludeTemps) Table(package.Workbook.Worksheets.Add(InputContract.Tracking.TempsSheet), TempsHeader, _temps);
            if (IncludeSollicitations) Table(package.Workbook.Worksheets.Add(InputContract.Tracking.SollicitationsSheet), SollicitationsHeader, _sollicitations);
            package.SaveAs(new FileInfo(path));
        }
        if (lastModifiedUtc is DateTime t) File.SetLastWriteTimeUtc(path, t);
        return path;
    }

    private static void Table(ExcelWorksheet sheet, string[] header, List<object?[]> rows)
    {
        for (var c = 0; c < header.Length; c++) sheet.Cells[1, c + 1].Value = header[c];
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                // A formula saved without its computed value, as tools that never calculate write it.
                if (rows[r][c] is Reporting.Domain.Parsing.UncomputedFormula f) sheet.Cells[r + 2, c + 1].Formula = f.Formula;
                else sheet.Cells[r + 2, c + 1].Value = rows[r][c];
                if (rows[r][c] is DateTime) sheet.Cells[r + 2, c + 1].Style.Numberformat.Format = "dd/mm/yyyy";
            }
    }
}
