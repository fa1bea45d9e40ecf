using Reporting.Indicators.Definitions;
using Reporting.Warehouse.Engine;

namespace Reporting.Indicators.Computation;

/// <summary>Computes the indicators of a scope from the warehouse through the single query <c>queries/indicators.sql</c>.</summary>
public sealed class IndicatorService(WarehouseSession session)
{
    private sealed record AmountRow(string DepartementCode, string Indicator, string Category, decimal Amount);

    public IndicatorResult Compute(Scope scope, int seuil = StatisticalSecrecy.DefaultThreshold)
    {
        var rows = session.Query<AmountRow>("queries/indicators.sql", new
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
        });

        var byDepartement = new SortedDictionary<string, IndicatorAmounts>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byDepartement.TryGetValue(row.DepartementCode, out var amounts))
                byDepartement[row.DepartementCode] = amounts = new IndicatorAmounts();
            amounts.Add(row.Indicator, row.Category, row.Amount);
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
        return new IndicatorResult(scope, national, departements, seuil);
    }
}
