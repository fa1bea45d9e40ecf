using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using P = Reporting.Domain.Contracts.InputContract.Parcours;

namespace Reporting.Validation.Network;

/// <summary>
/// Validates the onboarding journey (INPUTS.md §6): one row per promeneur and step. A step dated in the future,
/// or (except the employer's request) before the promeneur's <c>Entretien préalable</c>, is rejected; the interview
/// is taken from the same file when it has it, else from the warehouse.
/// </summary>
public static class ParcoursValidator
{
    private sealed record Row(RowErrors Cells, string Identifiant, string Etape, DateOnly Date, object? RawDate, int Number);

    public static Validated<IReadOnlyList<OnboardingStepRecord>> Validate(
        ISourceDocument document, string sheet, Func<string, bool> knownPromeneur, Func<string, DateOnly?> loadedInterview, DateOnly today)
    {
        var (header, rows) = TableRows.Read(document, sheet, P.Columns);
        if (header is null) return Validated<IReadOnlyList<OnboardingStepRecord>>.Refuse("Parcours de labellisation : fichier vide.");
        var absent = header.Missing(P.Columns).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<OnboardingStepRecord>>.Refuse(TableRows.MissingColumns("Parcours de labellisation", absent));

        var result = new Validated<IReadOnlyList<OnboardingStepRecord>>();
        var parsed = new List<Row>();
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var rawId = cells.Raw(P.Identifiant);
            var identifiant = string.Empty;
            if (Cells.IsBlank(rawId)) cells.Add(P.Identifiant, rawId, $"Valeur manquante : « {P.Identifiant} » est obligatoire.");
            else if (!Identifiers.TryParse(Cells.Display(rawId), out identifiant, out _)) cells.Add(P.Identifiant, rawId, Identifiers.Invalid(Cells.Display(rawId)));
            else if (!knownPromeneur(identifiant))
                cells.Add(P.Identifiant, rawId, $"Promeneur {identifiant} inconnu de la liste des promeneurs : ajoutez-le à la liste de référence.");
            var rawStep = cells.Raw(P.Etape);
            var etape = string.Empty;
            if (!Cells.IsBlank(rawStep) && TextKey.Equal(Cells.Display(rawStep), Lists.PremierMoisTransmis))
                cells.Add(P.Etape, rawStep, $"« {Lists.PremierMoisTransmis} » ne se saisit pas : cette étape est lue dans les tableaux de suivi (premier mois transmis).");
            else etape = cells.Take(P.Etape, v => Cells.Category(v, Lists.EtapeParcours));
            var date = cells.Take(P.Date, v => Cells.Date(v, P.Date));
            if (!cells.Any && date > today)
                cells.Add(P.Date, cells.Raw(P.Date), $"La date {Cells.FormatDate(date)} est dans le futur : une étape déjà franchie est attendue (au plus tard le {Cells.FormatDate(today)}).");
            parsed.Add(new Row(cells, identifiant, etape, date, cells.Raw(P.Date), row.Number));
        }

        // The interview of each promeneur: this file's (valid) row first, else the warehouse's.
        var interviews = parsed.Where(r => !r.Cells.Any && r.Etape == Lists.EntretienPrealable)
            .GroupBy(r => r.Identifiant).ToDictionary(g => g.Key, g => g.First().Date, StringComparer.Ordinal);
        var records = new List<OnboardingStepRecord>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var r in parsed)
        {
            var cells = r.Cells;
            if (!cells.Any && r.Etape is not (Lists.DemandeEmployeur or Lists.EntretienPrealable)
                && (interviews.TryGetValue(r.Identifiant, out var i) ? i : loadedInterview(r.Identifiant)) is DateOnly interview && r.Date < interview)
                cells.Add(P.Date, r.RawDate,
                    $"La date {Cells.FormatDate(r.Date)} est antérieure à l'entretien préalable du {Cells.FormatDate(interview)} : « {r.Etape} » ne peut pas le précéder.");
            if (!cells.Any && seen.TryGetValue((r.Identifiant, r.Etape), out var first))
                cells.Add(P.Etape, cells.Raw(P.Etape), $"L'étape « {r.Etape} » du promeneur {r.Identifiant} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[(r.Identifiant, r.Etape)] = r.Number;
            records.Add(new OnboardingStepRecord(r.Identifiant, r.Etape, r.Date, r.Number));
        }
        return new Validated<IReadOnlyList<OnboardingStepRecord>> { Content = records }.With(result.Rejections);
    }
}
