using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using Reporting.Validation.Reference;
using G = Reporting.Domain.Contracts.InputContract.GroupesLocaux;

namespace Reporting.Validation.Network;

/// <summary>
/// Validates the membership of local groups (INPUTS.md §7). A group is a (département, name) pair, the name matched
/// leniently and kept in the spelling of its first row. A group with more than 15 members on some date still loads,
/// with a warning.
/// </summary>
public static class GroupesLocauxValidator
{
    /// <param name="loadedGroup">The loaded spelling of a group of a département (a group already loaded keeps its name), or null.</param>
    public static Validated<IReadOnlyList<GroupMembershipRecord>> Validate(ISourceDocument document, string sheet, Func<string, bool> knownPromeneur,
        Func<string, string, string?>? loadedGroup = null)
    {
        var (header, rows) = TableRows.Read(document, sheet, G.Columns);
        if (header is null) return Validated<IReadOnlyList<GroupMembershipRecord>>.Refuse("Groupes locaux : fichier vide.");
        var absent = header.Missing(G.Required).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<GroupMembershipRecord>>.Refuse(TableRows.MissingColumns("Groupes locaux", absent));

        var records = new List<GroupMembershipRecord>();
        var spelling = new Dictionary<(string, string), string>();
        var seen = new Dictionary<(string, string, string, DateOnly), int>();
        var result = new Validated<IReadOnlyList<GroupMembershipRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var name = cells.Take(G.Groupe, v => Cells.RequiredText(v, G.Groupe));
            var departement = cells.Take(G.Departement, PromeneursValidator.DepartementCode);
            var rawId = cells.Raw(G.Identifiant);
            var identifiant = string.Empty;
            if (Cells.IsBlank(rawId)) cells.Add(G.Identifiant, rawId, $"Valeur manquante : « {G.Identifiant} » est obligatoire.");
            else if (!Identifiers.TryParse(Cells.Display(rawId), out identifiant, out _)) cells.Add(G.Identifiant, rawId, Identifiers.Invalid(Cells.Display(rawId)));
            else if (!knownPromeneur(identifiant))
                cells.Add(G.Identifiant, rawId, $"Promeneur {identifiant} inconnu de la liste des promeneurs : ajoutez-le à la liste de référence.");
            var entree = cells.Take(G.DateEntree, v => Cells.Date(v, G.DateEntree));
            var sortie = cells.Take(G.DateSortie, v => Cells.OptionalDate(v, G.DateSortie));
            if (!cells.Any && sortie is DateOnly end && end < entree)
                cells.Add(G.DateSortie, cells.Raw(G.DateSortie), $"La date de sortie {Cells.FormatDate(end)} est antérieure à la date d'entrée {Cells.FormatDate(entree)}.");
            var key = (departement, TextKey.Of(name));
            if (!cells.Any && seen.TryGetValue((key.departement, key.Item2, identifiant, entree), out var first))
                cells.Add(G.Identifiant, rawId, $"Le promeneur {identifiant} entre déjà dans « {spelling[key]} » le {Cells.FormatDate(entree)} ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            if (!spelling.TryGetValue(key, out var canonical))
                spelling[key] = canonical = loadedGroup?.Invoke(departement, name) ?? string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            seen[(key.departement, key.Item2, identifiant, entree)] = row.Number;
            records.Add(new GroupMembershipRecord(canonical, departement, identifiant, entree, sortie, row.Number));
        }
        foreach (var group in records.GroupBy(r => (r.Departement, r.Groupe)))
            if (Busiest(group) is (DateOnly day, int members))
                result.Warnings.Add(OverMessage(group.Key.Groupe, group.Key.Departement, members, day));
        return result;
    }

    /// <summary>The first date on which the group counts more than 15 members, and how many it counts then (entry and exit days count).</summary>
    public static (DateOnly Day, int Members)? Busiest(IEnumerable<GroupMembershipRecord> memberships)
    {
        var list = memberships.ToList();
        foreach (var day in list.Select(m => m.DateEntree).Distinct().Order())
        {
            var members = list.Where(m => m.DateEntree <= day && (m.DateSortie is null || m.DateSortie >= day)).Select(m => m.Identifiant).Distinct().Count();
            if (members > G.MaxMembers) return (day, members);
        }
        return null;
    }

    public static string OverMessage(string groupe, string departement, int members, DateOnly day) =>
        $"Le groupe local « {groupe} » (département {departement}) compte {members} membres le {Cells.FormatDate(day)} : " +
        $"un groupe local compte au plus {G.MaxMembers} membres. Les adhésions sont chargées ; le groupe est signalé dans les annexes.";
}
