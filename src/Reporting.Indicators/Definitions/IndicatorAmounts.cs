using Reporting.Domain.Categories;

namespace Reporting.Indicators.Definitions;

/// <summary>
/// The additive amounts of one territory, as returned by <c>sql/queries/indicators.sql</c>. They
/// add up across départements (every promeneur belongs to one); every indicator derives from them.
/// </summary>
public sealed class IndicatorAmounts
{
    public static readonly IReadOnlyDictionary<string, CategoryList> Distributions = new Dictionary<string, CategoryList>
    {
        ["sens"] = Lists.Sens,
        ["modalites"] = Lists.Modalite,
        ["themes"] = Lists.Theme,
        ["tranches_age"] = Lists.TrancheAge,
        ["interlocuteurs"] = Lists.Interlocuteur,
    };

    private readonly Dictionary<string, decimal> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, decimal>> _distributions;

    public IndicatorAmounts()
    {
        _distributions = Distributions.ToDictionary(d => d.Key, d => d.Value.Values.ToDictionary(v => v, _ => 0m, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>An amount by its query name (<c>heures_en_ligne</c>…); 0 when the query returned no row.</summary>
    public decimal this[string indicator] => _values.TryGetValue(indicator, out var v) ? v : 0m;

    /// <summary>A distribution with every label of its list, in list order.</summary>
    public IReadOnlyDictionary<string, decimal> Distribution(string name) => _distributions[name];

    public void Add(string indicator, string category, decimal amount)
    {
        if (_distributions.TryGetValue(indicator, out var distribution))
        {
            distribution[category] = (distribution.TryGetValue(category, out var v) ? v : 0m) + amount;
            return;
        }
        _values[indicator] = this[indicator] + amount;
    }

    public void AddAll(IndicatorAmounts other)
    {
        foreach (var (k, v) in other._values) Add(k, string.Empty, v);
        foreach (var (name, d) in other._distributions)
            foreach (var (category, v) in d) Add(name, category, v);
    }
}
