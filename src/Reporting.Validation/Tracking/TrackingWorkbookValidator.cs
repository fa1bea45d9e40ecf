using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Territory;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Validation.Common;
using T = Reporting.Domain.Contracts.InputContract.Tracking;

namespace Reporting.Validation.Tracking;

/// <summary>
/// Validates a tracking workbook (INPUTS.md §1). Identification problems refuse the whole file;
/// a wrong cell in Temps or Sollicitations rejects its row only.
/// </summary>
public static class TrackingWorkbookValidator
{
    private static readonly string[] ValueColumns = [T.HeuresEnLigne, T.HeuresHorsLigne, T.Permanences, T.AmisPublic, T.AmisProfessionnels, T.Publications];

    public static Validated<TrackingWorkbook> Validate(ISourceDocument document)
    {
        string? Sheet(string name) => document.SheetNames.FirstOrDefault(s => TextKey.Equal(s, name));
        var missing = new[] { T.IdentificationSheet, T.TempsSheet, T.SollicitationsSheet }.Where(s => Sheet(s) is null).ToList();
        if (missing.Count > 0)
            return Validated<TrackingWorkbook>.Refuse($"Tableau de suivi incomplet : feuille{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"« {m} »"))} absente{(missing.Count > 1 ? "s" : "")}.");

        var identification = ReadIdentification(document, Sheet(T.IdentificationSheet)!, out var identificationError);
        if (identification is null) return Validated<TrackingWorkbook>.Refuse(identificationError!);

        var rejections = new List<Rejection>();
        var months = ReadTemps(document, Sheet(T.TempsSheet)!, identification.Annee, rejections, out var tempsError);
        if (tempsError is not null) return Validated<TrackingWorkbook>.Refuse(tempsError);
        var solicitations = ReadSollicitations(document, Sheet(T.SollicitationsSheet)!, identification.Annee, rejections, out var sollicitationsError);
        if (sollicitationsError is not null) return Validated<TrackingWorkbook>.Refuse(sollicitationsError);

        var result = new Validated<TrackingWorkbook> { Content = new TrackingWorkbook(identification, months, solicitations) };
        result.Rejections.AddRange(rejections);
        return result;
    }

    /// <summary>Labels in column A, values in column B, found by label wherever they are.</summary>
    private static TrackingIdentification? ReadIdentification(ISourceDocument document, string sheet, out string? error)
    {
        var values = new Dictionary<string, object?>();
        foreach (var row in document.ReadSheet(sheet).Take(200))
        {
            var key = TextKey.Of(Cells.Display(row[1]));
            if (key.Length > 0) values.TryAdd(key, row[2]);
        }
        object? Value(string label) => values.TryGetValue(TextKey.Of(label), out var v) ? v : null;
        string At(string label, string message) => $"Feuille « {sheet} », ligne « {label} » : {message}";

        error = null;
        var version = Cells.Text(Value(T.VersionLabel));
        if (version is not null && !TextKey.Equal(version, Domain.Contracts.InputContract.TemplateVersion))
        {
            error = At(T.VersionLabel, $"version de modèle « {version} » non prise en charge ; utilisez le modèle {Domain.Contracts.InputContract.TemplateVersion} généré par « reporting modele ».");
            return null;
        }

        var rawId = Cells.Text(Value(T.IdentifiantLabel));
        if (rawId is null)
        {
            error = At(T.IdentifiantLabel, "identifiant du promeneur absent ; renseignez-le (ex. PDN-50-0007).");
            return null;
        }
        if (!Identifiers.TryParse(rawId, out var identifiant, out var depOfId))
        {
            error = At(T.IdentifiantLabel, Identifiers.Invalid(rawId));
            return null;
        }

        var rawDep = Value(T.DepartementLabel);
        Departement departement;
        if (Cells.IsBlank(rawDep)) departement = Departements.Get(depOfId);
        else if (!Departements.TryParse(rawDep, out departement))
        {
            error = At(T.DepartementLabel, $"département « {Cells.Display(rawDep)} » inconnu ; un code INSEE est attendu (ex. 50, 2A, 974).");
            return null;
        }

        var label = Cells.Category(Value(T.LabelLabel), Lists.Label);
        if (!label.Ok)
        {
            error = At(T.LabelLabel, label.Error!);
            return null;
        }

        var year = Cells.Year(Value(T.AnneeLabel), T.AnneeLabel);
        if (!year.Ok)
        {
            error = At(T.AnneeLabel, year.Error!);
            return null;
        }

        return new TrackingIdentification(
            Domain.Contracts.InputContract.TemplateVersion, // the only version accepted above, in its canonical spelling
            identifiant,
            Cells.Text(Value(T.NomLabel)),
            Cells.Text(Value(T.PrenomLabel)),
            Cells.Text(Value(T.CodeStructureLabel)),
            departement.Code,
            label.Value,
            year.Value);
    }

    private static List<MonthActivity> ReadTemps(ISourceDocument document, string sheet, int year, List<Rejection> rejections, out string? error)
    {
        var months = new List<MonthActivity>();
        var seen = new Dictionary<int, int>();
        error = null;
        HeaderMap? headers = null;
        foreach (var row in document.ReadSheet(sheet))
        {
            if (row.IsBlank) continue;
            if (headers is null)
            {
                headers = HeaderMap.Of(row, T.TempsColumns);
                var absent = headers.Missing(T.TempsColumns).ToList();
                if (absent.Count > 0)
                {
                    error = MissingColumns(sheet, absent);
                    return months;
                }
                continue;
            }
            var cells = new RowErrors(sheet, row, headers);
            // Not submitted (a month label alone carries no data), or a total row a promeneur added.
            if (ValueColumns.All(c => Cells.IsBlank(cells.Raw(c))) || IsTotalRow(cells.Raw(T.Mois))) continue;
            var month = cells.Take(T.Mois, v => Cells.Month(v, year));
            var online = cells.Take(T.HeuresEnLigne, Cells.Hours);
            var offline = cells.Take(T.HeuresHorsLigne, Cells.Hours);
            var permanences = cells.Take(T.Permanences, Cells.Count);
            var amisPublic = cells.Take(T.AmisPublic, Cells.Count);
            var amisPro = cells.Take(T.AmisProfessionnels, Cells.Count);
            var publications = cells.Take(T.Publications, Cells.Count);
            if (!cells.Any && seen.TryGetValue(month, out var firstRow))
                cells.Add(T.Mois, cells.Raw(T.Mois), $"Le mois de {Lists.Mois[month - 1]} est déjà renseigné ligne {firstRow} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                rejections.AddRange(cells.Errors);
                continue;
            }
            seen[month] = row.Number;
            months.Add(new MonthActivity(row.Number, month, online, offline, permanences, amisPublic, amisPro, publications));
        }
        if (headers is null) error = $"Feuille « {sheet} » vide : la ligne d'en-tête ({string.Join(", ", T.TempsColumns)}) est attendue en ligne 1.";
        return months;
    }

    private static List<Solicitation> ReadSollicitations(ISourceDocument document, string sheet, int year, List<Rejection> rejections, out string? error)
    {
        var list = new List<Solicitation>();
        error = null;
        HeaderMap? headers = null;
        foreach (var row in document.ReadSheet(sheet))
        {
            if (row.IsBlank) continue;
            if (headers is null)
            {
                headers = HeaderMap.Of(row, T.SollicitationsColumns);
                var absent = headers.Missing(T.SollicitationsColumns).ToList();
                if (absent.Count > 0)
                {
                    error = MissingColumns(sheet, absent);
                    return list;
                }
                continue;
            }
            var cells = new RowErrors(sheet, row, headers);
            if (T.SollicitationsColumns.All(c => Cells.IsBlank(cells.Raw(c))) || IsTotalRow(cells.Raw(T.Date))) continue;
            var date = cells.Take(T.Date, v => Cells.Date(v, T.Date));
            if (!cells.Any && date.Year != year) cells.Add(T.Date, cells.Raw(T.Date), Cells.OutsideYear(date, year));
            var sens = cells.Take(T.Sens, v => Cells.Category(v, Lists.Sens));
            var interlocuteur = cells.Take(T.Interlocuteur, v => Cells.Category(v, Lists.Interlocuteur));
            var modalite = cells.Take(T.Modalite, v => Cells.Category(v, Lists.Modalite));
            var theme = cells.Take(T.Theme, v => Cells.Category(v, Lists.Theme));
            var tranche = cells.Take(T.TrancheAge, v => Cells.Category(v, Lists.TrancheAge));
            var nouveau = cells.Take(T.NouveauParticipant, v => Cells.IsBlank(v) ? Parsed<string>.Success("Non") : Cells.Category(v, Lists.OuiNon));
            if (cells.Any)
            {
                rejections.AddRange(cells.Errors);
                continue;
            }
            list.Add(new Solicitation(row.Number, date, sens, interlocuteur, modalite, theme, tranche, nouveau == "Oui"));
        }
        if (headers is null) error = $"Feuille « {sheet} » vide : la ligne d'en-tête ({string.Join(", ", T.SollicitationsColumns)}) est attendue en ligne 1.";
        return list;
    }

    /// <summary>
    /// A row labelled "Total", "Totaux", "Total annuel", "Cumul"… in its first column: derived
    /// figures a promeneur added below the table, not data; skipped without a rejection.
    /// </summary>
    public static bool IsTotalRow(object? first)
    {
        var key = first is string text ? TextKey.Of(text) : string.Empty;
        return key is "total" or "totaux" or "cumul" or "sous total" || key.StartsWith("total ", StringComparison.Ordinal) || key.StartsWith("cumul ", StringComparison.Ordinal);
    }

    private static string MissingColumns(string sheet, List<string> absent) =>
        $"Feuille « {sheet} » : colonne{(absent.Count > 1 ? "s" : "")} {string.Join(", ", absent.Select(a => $"« {a} »"))} introuvable{(absent.Count > 1 ? "s" : "")} dans la ligne d'en-tête.";
}
