using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using Reporting.Validation.Reference;
using A = Reporting.Domain.Contracts.InputContract.ActiviteReseau;

namespace Reporting.Validation.Network;

/// <summary>Validates the activity of the network's private group (INPUTS.md §5): one row per département, label and month.</summary>
public static class ActiviteReseauValidator
{
    public static Validated<IReadOnlyList<NetworkActivityRecord>> Validate(ISourceDocument document, string sheet)
    {
        var (header, rows) = TableRows.Read(document, sheet, A.Columns);
        if (header is null) return Validated<IReadOnlyList<NetworkActivityRecord>>.Refuse("Activité du groupe du réseau : fichier vide.");
        var absent = header.Missing(A.Columns).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<NetworkActivityRecord>>.Refuse(TableRows.MissingColumns("Activité du groupe du réseau", absent));

        var records = new List<NetworkActivityRecord>();
        var seen = new Dictionary<(string, string, DateOnly), int>();
        var result = new Validated<IReadOnlyList<NetworkActivityRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var departement = cells.Take(A.Departement, PromeneursValidator.DepartementCode);
            var month = cells.Take(A.Mois, v => Cells.YearMonth(v, A.Mois));
            var label = cells.Take(A.Label, v => Cells.Category(v, Lists.LabelReseau));
            var n = A.Counts.Select(c => cells.Take(c, Cells.Count)).ToArray();
            var (posts, organisation, vie, ressources) = (n[2], n[3], n[4], n[5]);
            if (!cells.Any && organisation + vie + ressources != posts)
                cells.Add(A.Posts, cells.Raw(A.Posts),
                    $"Les posts par sujet (organisation {organisation} + vie du réseau {vie} + ressources {ressources} = {organisation + vie + ressources}) " +
                    $"ne font pas le total « {A.Posts} » ({posts}) : la somme des trois colonnes doit être égale à « {A.Posts} ».");
            if (!cells.Any && seen.TryGetValue((departement, label, month), out var first))
                cells.Add(A.Mois, cells.Raw(A.Mois),
                    $"Le département {departement}, label {label}, mois {month:MM}/{month.Year} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[(departement, label, month)] = row.Number;
            records.Add(new NetworkActivityRecord(departement, month.Year, month.Month, label, n[0], n[1], posts, organisation, vie, ressources, n[6], n[7], row.Number));
        }
        return result;
    }
}
