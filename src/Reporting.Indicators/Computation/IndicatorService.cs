using Reporting.Indicators.Definitions;
using Reporting.Warehouse.Engine;

namespace Reporting.Indicators.Computation;

/// <summary>Computes the indicators of a scope from the warehouse through the single query <c>queries/indicators.sql</c>.</summary>
public sealed class IndicatorService(WarehouseSession session)
{
    private sealed record AmountRow(string DepartementCode, string PromeneurId, string Indicator, string Category, decimal Amount);

    public IndicatorResult Compute(Scope scope, int seuil = StatisticalSecrecy.DefaultThreshold)
    {
        var byDepartement = new SortedDictionary<string, IndicatorAmounts>(StringComparer.Ordinal);
        foreach (var row in Amounts(scope, byPromeneur: false))
        {
            if (!byDepartement.TryGetValue(row.DepartementCode, out var amounts))
                byDepartement[row.DepartementCode] = amounts = new IndicatorAmounts();
            AddRow(amounts, row);
        }

        if (!scope.IsNational)
        {
            var own = byDepartement.TryGetValue(scope.Departement!, out var a) ? a : new IndicatorAmounts();
            return new IndicatorResult(scope, new IndicatorSet(scope.Departement!, own), [], seuil);
        }

        var total = new IndicatorAmounts();
        foreach (var amounts in byDepartement.Values) total.AddAll(amounts);
        var departements = byDepartement
            .Where(d => d.Value["promeneurs"] > 0)
            .Select(d => new IndicatorSet(d.Key, d.Value))
            .OrderBy(d => Domain.Territory.Departements.All.ToList().FindIndex(x => x.Code == d.Territoire))
            .ToList();
        StatisticalSecrecy.Apply(departements, seuil);
        var national = new IndicatorSet("national", total);
        StatisticalSecrecy.ApplyToTotal(national, seuil);
        return new IndicatorResult(scope, national, departements, seuil) { AllDepartements = byDepartement };
    }

    /// <summary>
    /// The same indicators per promeneur of a département's population (the same query, grouped by
    /// promeneur): the per-promeneur amounts add up to the département's. Departmental only: a
    /// national output never shows a promeneur.
    /// </summary>
    public PromeneurBreakdown ComputeByPromeneur(Scope scope)
    {
        if (scope.IsNational) throw new ArgumentException("Per-promeneur indicators are departmental only.", nameof(scope));
        var departement = new IndicatorAmounts();
        var byPromeneur = new SortedDictionary<string, IndicatorAmounts>(StringComparer.Ordinal);
        foreach (var row in Amounts(scope, byPromeneur: true))
        {
            AddRow(departement, row);
            if (row.PromeneurId.Length == 0) continue; // regroupements: the département's, not a promeneur's
            if (!byPromeneur.TryGetValue(row.PromeneurId, out var amounts))
                byPromeneur[row.PromeneurId] = amounts = new IndicatorAmounts();
            AddRow(amounts, row);
        }
        return new PromeneurBreakdown(scope, new IndicatorSet(scope.Departement!, departement),
            byPromeneur.Select(p => new IndicatorSet(p.Key, p.Value)).ToList());
    }

    /// <summary>A step row carries a promeneur and a date key, not an additive amount.</summary>
    private static void AddRow(IndicatorAmounts amounts, AmountRow row)
    {
        if (row.Indicator == "etape") amounts.AddStep(row.PromeneurId, row.Category, row.Amount);
        else amounts.Add(row.Indicator, row.Category, row.Amount);
    }

    private IEnumerable<AmountRow> Amounts(Scope scope, bool byPromeneur) =>
        session.Query<AmountRow>("queries/indicators.sql", new
        {
            first_day = scope.Period.FirstDay,
            last_day = scope.Period.LastDay,
            first_month = scope.Period.FirstMonthKey,
            last_month = scope.Period.LastMonthKey,
            first_date_key = scope.Period.FirstDateKey,
            last_date_key = scope.Period.LastDateKey,
            label = scope.Label ?? string.Empty,
            full_period = scope.Population == Population.PeriodeComplete ? 1 : 0,
            departement = scope.Departement ?? string.Empty,
            by_promeneur = byPromeneur ? 1 : 0,
        });
}
