using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes;

/// <summary>The kinds of annex a coordinator hands out.</summary>
public enum AnnexKind
{
    /// <summary>The monthly annex of a département (<c>Annexe_50_2019-06.xlsx</c>).</summary>
    Mensuelle,

    /// <summary>The annual bilan of a département (<c>Bilan_50_2019.xlsx</c>).</summary>
    Bilan,

    /// <summary>The national comparison of a period (<c>Comparaison_nationale_2019-06.xlsx</c>).</summary>
    Nationale,

    /// <summary>A tracking workbook sent back to its promeneur with the wrong cells marked (<c>Retour_….xlsx</c>).</summary>
    Retour,
}

/// <summary>
/// A written annex: what it is, where it is, how many promeneurs its population holds (none: probably
/// the wrong département or period), for whom (the promeneur of a feedback workbook, and the cells to correct).
/// </summary>
public sealed record AnnexFile(AnnexKind Kind, string Path, decimal Promeneurs = 0, string? PromeneurId = null, int Corrections = 0)
{
    /// <summary>Warnings written in the annex (a period without data), to repeat on the console.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>The stable French file names of the annexes: the same scope always gives the same name.</summary>
public static class AnnexNames
{
    public static string Monthly(Scope scope) => $"Annexe_{scope.Departement}_{scope.Period.Text}{Suffix(scope)}.xlsx";

    public static string Bilan(Scope scope) => $"Bilan_{scope.Departement}_{scope.Period.Text}{Suffix(scope)}.xlsx";

    public static string National(Scope scope) => $"Comparaison_nationale_{scope.Period.Text}{Suffix(scope)}.xlsx";

    /// <summary><c>Retour_Suivi_PDN-50-0005_2019.xlsx</c> for <c>Suivi_PDN-50-0005_2019.xlsx</c>.</summary>
    public static string Feedback(string originalFileName)
    {
        var name = Path.GetFileNameWithoutExtension(originalFileName);
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return $"Retour_{name}.xlsx";
    }

    /// <summary>A label or the full-period population is part of the name, so that no annex overwrites another scope's.</summary>
    private static string Suffix(Scope scope)
    {
        var suffix = string.Empty;
        if (scope.Label is not null)
        {
            // ASCII in file names (mail gateways and zip tools mangle accents): "Parentalité" → "Parentalite".
            var ascii = Domain.Text.TextKey.Of(scope.Label).Replace(' ', '-');
            suffix += "_" + char.ToUpperInvariant(ascii[0]) + ascii[1..];
        }
        if (scope.Population == Population.PeriodeComplete) suffix += "_periode-complete";
        return suffix;
    }
}

/// <summary>
/// Writes the Excel annexes of the warehouse (the CLI's <c>reporting annexes</c>, the demo and the
/// scheduled service call it). Every figure comes from <see cref="IndicatorService"/> (the single
/// definition, <c>sql/queries/indicators.sql</c>) or, for questionnaires, from <c>QuestionnaireService</c>;
/// lists (names, regroupements, months not sent, rejected cells) come from the reporting views.
/// </summary>
public sealed class AnnexGenerator(WarehouseSession session, TimeProvider clock)
{
    private readonly IndicatorService _indicators = new(session);
    private readonly AnnexQueries _queries = new(session);

    /// <summary>The monthly annex of a département: <paramref name="scope"/> is one month of one département.</summary>
    public AnnexFile WriteMonthly(string folder, Scope scope)
    {
        if (scope.IsNational || scope.Period.MonthCount != 1)
            throw new ArgumentException("A monthly annex is for one month of one département.", nameof(scope));
        var path = Path.Combine(folder, AnnexNames.Monthly(scope));
        var annex = new MonthlyAnnex(_indicators, _queries, clock, scope, FeedbackCandidates(scope.Departement!, scope.Period.FirstDay.Year, scope.Label));
        var promeneurs = annex.Write(path);
        return new AnnexFile(AnnexKind.Mensuelle, path, promeneurs) { Warnings = annex.Warnings };
    }

    /// <summary>The annual bilan of a département: <paramref name="scope"/> is one calendar year of one département.</summary>
    public AnnexFile WriteBilan(string folder, Scope scope)
    {
        if (scope.IsNational || !IsCalendarYear(scope.Period))
            throw new ArgumentException("A bilan is for one calendar year of one département.", nameof(scope));
        var path = Path.Combine(folder, AnnexNames.Bilan(scope));
        var questionnaires = new Indicators.Questionnaires.QuestionnaireService(session);
        var bilan = new AnnualBilan(_indicators, _queries, questionnaires, clock, scope, FeedbackCandidates(scope.Departement!, scope.Period.FirstDay.Year, scope.Label));
        var promeneurs = bilan.Write(path);
        return new AnnexFile(AnnexKind.Bilan, path, promeneurs) { Warnings = bilan.Warnings };
    }

    /// <summary>The national comparison of a period (small-number secrecy at <paramref name="seuil"/>); no promeneur is named.</summary>
    public AnnexFile WriteNational(string folder, Scope scope, int seuil = StatisticalSecrecy.DefaultThreshold)
    {
        if (!scope.IsNational) throw new ArgumentException("A national comparison has a national scope.", nameof(scope));
        var path = Path.Combine(folder, AnnexNames.National(scope));
        var promeneurs = new NationalComparison(_indicators, clock, scope, seuil).Write(path);
        return new AnnexFile(AnnexKind.Nationale, path, promeneurs);
    }

    /// <summary>
    /// One feedback workbook per tracking workbook of the year in force for the département that had
    /// rejected cells: a copy of the archived file with each wrong cell marked and explained. A file
    /// whose archive is missing or cannot be read again is skipped, with a French sentence in <paramref name="skipped"/>.
    /// </summary>
    public IReadOnlyList<AnnexFile> WriteFeedback(string folder, string departement, int year, ICollection<string>? skipped = null, string? label = null)
    {
        var files = new List<AnnexFile>();
        foreach (var candidate in FeedbackCandidates(departement, year, label))
        {
            if (candidate.StoredPath is null || !File.Exists(candidate.StoredPath))
            {
                skipped?.Add($"Pas de retour pour « {candidate.FileName} » : sa copie archivée est introuvable.");
                continue;
            }
            var path = Path.Combine(folder, candidate.FeedbackName);
            try
            {
                FeedbackWorkbook.Write(candidate.StoredPath, path, candidate.Cells, clock);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or UnauthorizedAccessException)
            {
                skipped?.Add($"Pas de retour pour « {candidate.FileName} » : sa copie archivée ({candidate.StoredPath}) ne peut pas être relue.");
                continue;
            }
            files.Add(new AnnexFile(AnnexKind.Retour, path, 1, candidate.PromeneurId, candidate.Cells.Count));
        }
        return files;
    }

    /// <summary>The tracking workbooks with rejected cells of a département and a year; with a label, only its promeneurs' (their label of the year).</summary>
    private List<FeedbackCandidate> FeedbackCandidates(string departement, int year, string? label)
    {
        var candidates = new List<FeedbackCandidate>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ofLabel = label is null ? null
            : _queries.Promeneurs(departement, Period.Year(year)).Where(p => p.Label == label).Select(p => p.PromeneurId).ToHashSet(StringComparer.Ordinal);
        foreach (var file in _queries.Rejections(departement, year).Where(r => ofLabel is null || ofLabel.Contains(r.PromeneurId)).GroupBy(r => r.FileKey))
        {
            var first = file.First();
            var name = AnnexNames.Feedback(first.FileName);
            for (var i = 2; !names.Add(name); i++) name = AnnexNames.Feedback($"{Path.GetFileNameWithoutExtension(first.FileName)} ({i})");
            candidates.Add(new FeedbackCandidate(first.FileKey, first.FileName, first.StoredPath, first.PromeneurId, name, file.ToList()));
        }
        return candidates;
    }

    private static bool IsCalendarYear(Period p) => p.FirstDay.Month == 1 && p.FirstDay.Day == 1 && p.LastDay.Month == 12 && p.LastDay.Day == 31 && p.FirstDay.Year == p.LastDay.Year;
}

/// <summary>A tracking workbook in force with rejected cells, and the name of its feedback workbook.</summary>
internal sealed record FeedbackCandidate(int FileKey, string FileName, string? StoredPath, string PromeneurId, string FeedbackName, IReadOnlyList<RejectedCell> Cells);
