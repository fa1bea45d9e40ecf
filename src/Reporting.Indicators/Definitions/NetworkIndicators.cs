using Reporting.Domain.Categories;
using Reporting.Domain.Contracts;
using Reporting.Domain.Periods;

namespace Reporting.Indicators.Definitions;

/// <summary>The <c>reseau</c> indicator: the network group's activity of a territory (INDICATORS.md, version 2).</summary>
public sealed record NetworkActivity(decimal Documents, decimal Photos, decimal Posts, IReadOnlyDictionary<string, decimal> Sujets, decimal MembresPromeneurs, decimal MembresAutres)
{
    /// <summary>Posts by topic (counts), in the order of <see cref="Lists.SujetsReseau"/>.</summary>
    public required IReadOnlyDictionary<string, decimal> PostsBySujet { get; init; }
}

/// <summary>One step of the <c>parcours</c> indicator: promeneurs who reached it in the period and the median delay since their interview.</summary>
public sealed record JourneyStep(string Etape, int Promeneurs, decimal? DelaiMedianJours);

/// <summary>One promeneur's journey as the annex shows it: each step's date (or none) and the days since the interview.</summary>
public sealed record PromeneurJourney(string PromeneurId, IReadOnlyDictionary<string, DateOnly?> Dates, bool Incomplete)
{
    public int? DelayDays(string step) =>
        Dates.GetValueOrDefault(Lists.EntretienPrealable) is DateOnly interview && Dates.GetValueOrDefault(step) is DateOnly date
            ? date.DayNumber - interview.DayNumber
            : null;
}

/// <summary>One entry of the <c>groupes_locaux</c> indicator.</summary>
public sealed record LocalGroupResult(string Groupe, int Membres, int Rencontres, decimal Heures, decimal TauxPresence, bool EffectifDepasse, bool? ObjectifAnnuelAtteint);

/// <summary>
/// The four version 2 indicators (<c>reseau</c>, <c>parcours</c>, <c>parcours_incomplets</c>, <c>groupes_locaux</c>), defined
/// once from the amounts of <c>sql/queries/indicators.sql</c>; the JSON, the table and the annexes read them here.
/// </summary>
public static class NetworkIndicators
{
    public static readonly IReadOnlyList<string> Keys = ["reseau", "parcours", "parcours_incomplets", "groupes_locaux"];

    /// <summary>The steps after the interview whose absence (or date after the period) makes a journey incomplete.</summary>
    private static readonly IReadOnlyList<string> LaterTypedSteps = Lists.EtapeParcours.Values.Skip(2).ToList();

    public static NetworkActivity Reseau(IndicatorAmounts a)
    {
        var posts = a["reseau_posts"];
        var bySujet = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [Lists.SujetsReseau[0]] = a["reseau_posts_organisation"],
            [Lists.SujetsReseau[1]] = a["reseau_posts_vie_du_reseau"],
            [Lists.SujetsReseau[2]] = a["reseau_posts_ressources"],
        };
        return new NetworkActivity(a["reseau_documents"], a["reseau_photos"], posts,
            bySujet.ToDictionary(s => s.Key, s => IndicatorCatalog.Ratio(s.Value, posts), StringComparer.Ordinal),
            a["reseau_membres_promeneurs"], a["reseau_membres_autres"]) { PostsBySujet = bySujet };
    }

    /// <summary>Every step of INPUTS §6 plus « Premier mois transmis »: promeneurs whose step falls in the period, median days since their interview.</summary>
    public static IReadOnlyList<JourneyStep> Parcours(IndicatorAmounts a, Period period) =>
        Lists.EtapesIndicateur.Select(step =>
        {
            var reached = a.Journeys.Values.Where(j => j.TryGetValue(step, out var d) && d >= period.FirstDay && d <= period.LastDay).ToList();
            var delays = step is Lists.DemandeEmployeur or Lists.EntretienPrealable
                ? []
                : reached.Where(j => j.ContainsKey(Lists.EntretienPrealable))
                    .Select(j => (decimal)(j[step].DayNumber - j[Lists.EntretienPrealable].DayNumber)).ToList();
            return new JourneyStep(step, reached.Count, Median(delays));
        }).ToList();

    /// <summary>Promeneurs with an interview on or before the period's last day and one of the four later typed steps missing or after it.</summary>
    public static int ParcoursIncomplets(IndicatorAmounts a, Period period) => a.Journeys.Values.Count(j => IsIncomplete(j, period));

    private static bool IsIncomplete(IReadOnlyDictionary<string, DateOnly> steps, Period period) =>
        steps.TryGetValue(Lists.EntretienPrealable, out var interview) && interview <= period.LastDay
        && LaterTypedSteps.Any(s => !steps.TryGetValue(s, out var d) || d > period.LastDay);

    /// <summary>The journeys of the population that have at least one step in the period or are incomplete at its end, by promeneur.</summary>
    public static IReadOnlyList<PromeneurJourney> Journeys(IndicatorAmounts a, Period period) =>
        a.Journeys
            .Where(j => j.Value.Values.Any(d => d >= period.FirstDay && d <= period.LastDay) || IsIncomplete(j.Value, period))
            .OrderBy(j => j.Key, StringComparer.Ordinal)
            .Select(j => new PromeneurJourney(j.Key,
                Lists.EtapesIndicateur.ToDictionary(s => s, s => j.Value.TryGetValue(s, out var d) && d <= period.LastDay ? d : (DateOnly?)null, StringComparer.Ordinal),
                IsIncomplete(j.Value, period)))
            .ToList();

    public static IReadOnlyList<LocalGroupResult> GroupesLocaux(IndicatorAmounts a, Period period)
    {
        var wholeYear = period.FirstDay.Month == 1 && period.FirstDay.Day == 1 && period.LastDay == new DateOnly(period.FirstDay.Year, 12, 31);
        return a.Groups.Select(g =>
        {
            var members = (int)g.Value.GetValueOrDefault("membres");
            var meetings = (int)g.Value.GetValueOrDefault("rencontres");
            return new LocalGroupResult(g.Key, members, meetings, g.Value.GetValueOrDefault("heures"),
                IndicatorCatalog.Ratio(g.Value.GetValueOrDefault("presences"), g.Value.GetValueOrDefault("emargements")),
                members > InputContract.GroupesLocaux.MaxMembers,
                wholeYear ? meetings >= InputContract.GroupesLocaux.AnnualMeetings : null);
        }).ToList();
    }

    /// <summary>The median (mean of the two middle values for an even count); null when there is none.</summary>
    public static decimal? Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
