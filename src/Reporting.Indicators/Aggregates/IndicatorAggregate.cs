using Reporting.Domain.Categories;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Warehouse.Aggregates;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Indicators.Aggregates;

/// <summary>What a rebuild of the indicator aggregate did.</summary>
public sealed record AggregateSummary(int Scopes, int Periods, int Rows, int? FirstYear, int? LastYear, TimeSpan Duration);

/// <summary>
/// The indicator aggregate Power BI imports (<c>rpt.indicator_*</c>): the indicators of every scope of
/// <see cref="AggregatePeriods"/> × label (all, Jeunesse, Parentalité) × population (actifs, periode-complete), per
/// département and nationally, computed by <see cref="IndicatorService"/> — the same query, the same amounts and the
/// same small-number secrecy as « reporting indicateurs --national » — and stored as additive amounts. Power BI's
/// measures only add these amounts up and divide them as <see cref="IndicatorCatalog"/> does.
/// </summary>
public static class IndicatorAggregate
{
    public static readonly IReadOnlyList<string?> Labels = [null, .. Lists.Label.Values];

    public static readonly IReadOnlyList<Population> Populations = [Population.Actifs, Population.PeriodeComplete];

    /// <summary>The distributions stored, with the hundreds of their category keys (see <c>rpt.solicitation_category</c>).</summary>
    public static readonly IReadOnlyList<(string Distribution, int Offset)> Distributions =
        [("modalites", 100), ("themes", 200), ("tranches_age", 300), ("interlocuteurs", 400)];

    public static string LabelName(string? label) => label ?? "Tous les labels";

    public static string PopulationName(Population p) => p == Population.PeriodeComplete ? "Actifs toute la période" : "Actifs au moins un jour";

    /// <summary>Computes the aggregate from the warehouse and replaces what it held, in one transaction.</summary>
    public static AggregateSummary Rebuild(WarehouseSession session, TimeProvider clock, int seuil = StatisticalSecrecy.DefaultThreshold, IBulkCopier? copier = null)
    {
        var started = clock.GetTimestamp();
        var years = AggregateTables.DataYears(session);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var periods = years is { } y ? AggregatePeriods.For(y.First, y.Last, today) : [];
        var snapshot = Compute(new IndicatorService(session), periods, seuil, clock.GetUtcNow().UtcDateTime);
        AggregateTables.Replace(session, snapshot, copier);
        return new AggregateSummary(snapshot.Scopes.Count, periods.Count, snapshot.Values.Count + snapshot.Categories.Count,
            years?.First, years?.Last, clock.GetElapsedTime(started));
    }

    /// <summary>The aggregate of the given periods (one national computation per distinct period, label and population).</summary>
    public static AggregateSnapshot Compute(IndicatorService service, IReadOnlyList<AggregatePeriod> periods, int seuil, DateTime computedAt)
    {
        var scopes = new List<AggregateScope>();
        var values = new List<AggregateValue>();
        var categories = new List<AggregateCategory>();
        var keys = new Dictionary<(string Kind, DateOnly First, DateOnly Last, string? Label, Population Population), int>();
        var computed = new Dictionary<(DateOnly, DateOnly, string?, Population), IndicatorResult>();
        foreach (var period in periods)
            foreach (var label in Labels)
                foreach (var population in Populations)
                    keys[(period.Kind, period.Period.FirstDay, period.Period.LastDay, label, population)] = keys.Count + 1;

        foreach (var period in periods)
        {
            foreach (var label in Labels)
            {
                foreach (var population in Populations)
                {
                    var key = keys[(period.Kind, period.Period.FirstDay, period.Period.LastDay, label, population)];
                    var previous = period.PreviousYear();
                    int? previousKey = keys.TryGetValue((previous.Kind, previous.Period.FirstDay, previous.Period.LastDay, label, population), out var k) ? k : null;
                    scopes.Add(new AggregateScope(key, period.Kind, period.KindName, period.Code, period.Name,
                        period.Period.FirstMonthKey, period.Period.LastMonthKey, (short)period.Period.LastDay.Year, (short)period.Period.LastDay.Month,
                        label ?? string.Empty, LabelName(label), Scope.PopulationText(population), PopulationName(population), previousKey, (short)seuil, computedAt));

                    // A cumul of January is the month of January, and a December's twelve months are the year: computed once.
                    var p = period.Period;
                    if (!computed.TryGetValue((p.FirstDay, p.LastDay, label, population), out var result))
                        computed[(p.FirstDay, p.LastDay, label, population)] = result = service.Compute(new Scope(null, p, label, population), seuil);

                    var shown = result.Departements.ToDictionary(d => d.Territoire, StringComparer.Ordinal);
                    foreach (var (code, amounts) in result.AllDepartements)
                    {
                        var inComparison = shown.TryGetValue(code, out var set);
                        Add(key, code, amounts, inComparison && set!.Secret, inComparison, values, categories);
                    }
                    Add(key, result.Total.Territoire, result.Total.Amounts, result.Total.Secret, inComparison: true, values, categories);
                }
            }
        }
        return new AggregateSnapshot(scopes, values, categories);
    }

    private static void Add(int scopeKey, string territory, IndicatorAmounts a, bool secret, bool inComparison, List<AggregateValue> values, List<AggregateCategory> categories)
    {
        var sens = a.Distribution("sens");
        values.Add(new AggregateValue(scopeKey, territory, Int(a["promeneurs"]), Int(a["mois_attendus"]), Int(a["mois_transmis"]),
            a["heures_en_ligne"], a["heures_hors_ligne"], Int(a["permanences"]), Int(a["publications"]), Int(a["amis_public"]),
            Int(a["amis_professionnels"]), Int(sens["Reçue"]), Int(sens["Initiée"]), Int(a["nouveaux_participants"]),
            Int(a["regroupements"]), a["heures_regroupement"], Int(a["emargements"]), Int(a["presences"]), secret, inComparison));
        foreach (var (distribution, offset) in Distributions)
        {
            var list = IndicatorAmounts.Distributions[distribution];
            foreach (var (category, count) in a.Distribution(distribution))
                categories.Add(new AggregateCategory(scopeKey, territory, offset + list.KeyOf(category), distribution, category, Int(count)));
        }
    }

    private static int Int(decimal amount) => decimal.ToInt32(amount);
}
