using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using E = Reporting.Domain.Contracts.InputContract.Emargement;

namespace Reporting.Validation.Events;

/// <summary>
/// Validates an <c>emargement</c> sheet (INPUTS.md §3). A row naming an event or a promeneur the
/// warehouse does not know is a rejected row, not a failure of the file.
/// </summary>
public static class EmargementValidator
{
    public static Validated<IReadOnlyList<AttendanceRecord>> Validate(
        ISourceDocument document, string sheet, Func<string, bool> knownEvent, Func<string, bool> knownPromeneur)
    {
        var (header, rows) = TableRows.Read(document, sheet, E.Columns);
        if (header is null) return Validated<IReadOnlyList<AttendanceRecord>>.Refuse("Feuille d'émargement vide.");
        var absent = header.Missing(E.Columns).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<AttendanceRecord>>.Refuse(TableRows.MissingColumns("Feuille d'émargement", absent));

        var records = new List<AttendanceRecord>();
        var seen = new Dictionary<(string, string), int>();
        var result = new Validated<IReadOnlyList<AttendanceRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var code = cells.Take(E.CodeRegroupement, v => Cells.Code(v, E.CodeRegroupement)).Trim().ToUpperInvariant();
            if (!cells.Any && !knownEvent(code))
                cells.Add(E.CodeRegroupement, cells.Raw(E.CodeRegroupement), $"Regroupement « {code} » inconnu : déposez d'abord la liste des regroupements qui le décrit.");
            var rawId = cells.Raw(E.Identifiant);
            var identifiant = string.Empty;
            if (Cells.IsBlank(rawId)) cells.Add(E.Identifiant, rawId, $"Valeur manquante : « {E.Identifiant} » est obligatoire.");
            else if (!Identifiers.TryParse(Cells.Display(rawId), out identifiant, out _)) cells.Add(E.Identifiant, rawId, Identifiers.Invalid(Cells.Display(rawId)));
            else if (!knownPromeneur(identifiant))
                cells.Add(E.Identifiant, rawId, $"Promeneur {identifiant} inconnu de la liste des promeneurs : ajoutez-le à la liste de référence.");
            var statut = cells.Take(E.Statut, v => Cells.Category(v, Lists.StatutEmargement));
            if (!cells.Any && seen.TryGetValue((code, identifiant), out var first))
                cells.Add(E.Identifiant, rawId, $"Le promeneur {identifiant} est déjà émargé pour {code} ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[(code, identifiant)] = row.Number;
            records.Add(new AttendanceRecord(code, identifiant, statut, row.Number));
        }
        return result;
    }
}
