using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using Reporting.Validation.Reference;
using R = Reporting.Domain.Contracts.InputContract.Regroupements;

namespace Reporting.Validation.Events;

/// <summary>Validates the <c>regroupements</c> list (INPUTS.md §3).</summary>
public static class RegroupementsValidator
{
    /// <summary>Longest duration accepted for one regroupement (a three-day training is about 21 hours).</summary>
    public const decimal MaxHours = 100m;

    /// <param name="knownGroup">
    /// The loaded spelling of a local group of a département from any spelling of its name, or null when the
    /// département has no such group (optional column <c>Groupe</c>, INPUTS.md §7); null: no group is known.
    /// </param>
    public static Validated<IReadOnlyList<EventRecord>> Validate(ISourceDocument document, string sheet, Func<string, string, string?>? knownGroup = null)
    {
        var (header, rows) = TableRows.Read(document, sheet, R.AllColumns);
        if (header is null) return Validated<IReadOnlyList<EventRecord>>.Refuse("Liste des regroupements vide.");
        var absent = header.Missing(R.Columns).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<EventRecord>>.Refuse(TableRows.MissingColumns("Liste des regroupements", absent));

        var records = new List<EventRecord>();
        var seen = new Dictionary<string, int>();
        var result = new Validated<IReadOnlyList<EventRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var code = cells.Take(R.Code, v => Cells.Code(v, R.Code)).Trim().ToUpperInvariant();
            var date = cells.Take(R.Date, v => Cells.Date(v, R.Date));
            var type = cells.Take(R.Type, v => Cells.Category(v, Lists.TypeRegroupement));
            var intitule = cells.Take(R.Intitule, v => Cells.RequiredText(v, R.Intitule));
            var departement = cells.Take(R.Departement, PromeneursValidator.DepartementCode);
            var duree = cells.Take(R.Duree, Duration);
            var audience = cells.Take(R.Public, v => Cells.Category(v, Lists.PublicRegroupement));
            var groupe = cells.Any ? null : Group(cells, type, departement, knownGroup);
            if (!cells.Any && seen.TryGetValue(code, out var first))
                cells.Add(R.Code, cells.Raw(R.Code), $"Le regroupement {code} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[code] = row.Number;
            records.Add(new EventRecord(code, date, type, intitule, departement, duree, audience, row.Number) { Groupe = groupe });
        }
        return result;
    }

    /// <summary>The group named in the optional column: blank is no group; only a « Groupe local » event names one, of its département.</summary>
    private static string? Group(RowErrors cells, string type, string departement, Func<string, string, string?>? knownGroup)
    {
        var raw = cells.Raw(R.Groupe);
        if (Cells.IsBlank(raw)) return null;
        var name = Cells.Display(raw);
        if (type != "Groupe local")
        {
            cells.Add(R.Groupe, raw, $"« {name} » : seul un regroupement de type « Groupe local » appartient à un groupe ; laissez « {R.Groupe} » vide pour un regroupement de type « {type} ».");
            return null;
        }
        var known = knownGroup?.Invoke(departement, name);
        if (known is null)
            cells.Add(R.Groupe, raw, $"Groupe local « {name} » inconnu dans le département {departement} : déposez d'abord le fichier des groupes locaux qui le décrit.");
        return known;
    }

    private static Parsed<decimal> Duration(object? value)
    {
        if (Cells.IsBlank(value)) return Parsed<decimal>.Fail($"Valeur manquante : « {R.Duree} » est obligatoire.");
        if (!Cells.TryDecimal(value, out var hours) || hours <= 0 || hours > MaxHours)
            return Parsed<decimal>.Fail($"« {Cells.Display(value)} » n'est pas une durée valide : un nombre d'heures supérieur à 0 et au plus {MaxHours} est attendu (ex. 2,5).");
        return Parsed<decimal>.Success(Math.Round(hours, 2));
    }
}
