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

    public static Validated<IReadOnlyList<EventRecord>> Validate(ISourceDocument document, string sheet)
    {
        var (header, rows) = TableRows.Read(document, sheet, R.Columns);
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
            if (!cells.Any && seen.TryGetValue(code, out var first))
                cells.Add(R.Code, cells.Raw(R.Code), $"Le regroupement {code} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[code] = row.Number;
            records.Add(new EventRecord(code, date, type, intitule, departement, duree, audience, row.Number));
        }
        return result;
    }

    private static Parsed<decimal> Duration(object? value)
    {
        if (Cells.IsBlank(value)) return Parsed<decimal>.Fail($"Valeur manquante : « {R.Duree} » est obligatoire.");
        if (!Cells.TryDecimal(value, out var hours) || hours <= 0 || hours > MaxHours)
            return Parsed<decimal>.Fail($"« {Cells.Display(value)} » n'est pas une durée valide : un nombre d'heures supérieur à 0 et au plus {MaxHours} est attendu (ex. 2,5).");
        return Parsed<decimal>.Success(Math.Round(hours, 2));
    }
}
