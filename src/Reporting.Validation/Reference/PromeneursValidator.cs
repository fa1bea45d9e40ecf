using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Territory;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using P = Reporting.Domain.Contracts.InputContract.Promeneurs;

namespace Reporting.Validation.Reference;

/// <summary>Validates the <c>promeneurs</c> reference list (INPUTS.md §2).</summary>
public static class PromeneursValidator
{
    public static Validated<IReadOnlyList<PromeneurRecord>> Validate(ISourceDocument document, string sheet)
    {
        var (header, rows) = TableRows.Read(document, sheet, P.Columns);
        if (header is null) return Validated<IReadOnlyList<PromeneurRecord>>.Refuse("Liste des promeneurs vide.");
        var absent = header.Missing(P.Required).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<PromeneurRecord>>.Refuse(TableRows.MissingColumns("Liste des promeneurs", absent));

        var records = new List<PromeneurRecord>();
        var seen = new Dictionary<string, int>();
        var result = new Validated<IReadOnlyList<PromeneurRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var rawId = cells.Raw(P.Identifiant);
            var identifiant = string.Empty;
            var depOfId = string.Empty;
            if (Cells.IsBlank(rawId)) cells.Add(P.Identifiant, rawId, $"Valeur manquante : « {P.Identifiant} » est obligatoire.");
            else if (!Identifiers.TryParse(Cells.Display(rawId), out identifiant, out depOfId)) cells.Add(P.Identifiant, rawId, Identifiers.Invalid(Cells.Display(rawId)));
            var nom = cells.Take(P.Nom, v => Cells.RequiredText(v, P.Nom));
            var prenom = cells.Take(P.Prenom, v => Cells.RequiredText(v, P.Prenom));
            var structure = cells.Take(P.CodeStructure, v => Cells.Code(v, P.CodeStructure));
            var departement = cells.Take(P.Departement, DepartementCode);
            var label = cells.Take(P.Label, v => Cells.Category(v, Lists.Label));
            var metier = cells.OptionalText(P.Metier);
            var debut = cells.Take(P.DateLabellisation, v => Cells.Date(v, P.DateLabellisation));
            var fin = cells.Take(P.DateFin, v => Cells.OptionalDate(v, P.DateFin));
            if (!cells.Any && departement != depOfId)
                cells.Add(P.Departement, cells.Raw(P.Departement), $"Le département {departement} ne correspond pas à l'identifiant {identifiant} (département {depOfId}).");
            if (!cells.Any && fin is DateOnly end && end < debut)
                cells.Add(P.DateFin, cells.Raw(P.DateFin), $"La date de fin de labellisation {Cells.FormatDate(end)} est antérieure à la date de labellisation {Cells.FormatDate(debut)}.");
            if (!cells.Any && seen.TryGetValue(identifiant, out var first))
                cells.Add(P.Identifiant, rawId, $"Le promeneur {identifiant} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[identifiant] = row.Number;
            records.Add(new PromeneurRecord(identifiant, nom, prenom, structure.Trim().ToUpperInvariant(), departement, label, metier, debut, fin, row.Number));
        }
        return result;
    }

    internal static Parsed<string> DepartementCode(object? value)
    {
        if (Cells.IsBlank(value)) return Parsed<string>.Fail("Valeur manquante : « Département » est obligatoire.");
        return Departements.TryParse(value, out var d)
            ? Parsed<string>.Success(d.Code)
            : Parsed<string>.Fail($"Département « {Cells.Display(value)} » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).");
    }
}
