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

    private readonly Dictionary<string, Dictionary<string, DateOnly>> _journeys = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Dictionary<string, decimal>> _groups = new(StringComparer.Ordinal);

    /// <summary>The steps each promeneur of the population reached, with their dates (the <c>etape</c> rows of the query).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, DateOnly>> Journeys => _journeys;

    /// <summary>The local groups of the territory by name, each with its amounts (<c>membres</c>, <c>rencontres</c>, <c>heures</c>, <c>emargements</c>, <c>presences</c>).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, decimal>> Groups => _groups;

    /// <summary>A step row: the promeneur, the step and its date key (yyyymmdd).</summary>
    public void AddStep(string promeneurId, string step, decimal dateKey)
    {
        var key = (int)dateKey;
        if (!_journeys.TryGetValue(promeneurId, out var steps)) _journeys[promeneurId] = steps = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        steps[step] = new DateOnly(key / 10000, key / 100 % 100, key % 100);
    }

    public void Add(string indicator, string category, decimal amount)
    {
        if (indicator.StartsWith(GroupPrefix, StringComparison.Ordinal))
        {
            if (!_groups.TryGetValue(category, out var group)) _groups[category] = group = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (indicator.Length > GroupPrefix.Length)
            {
                var metric = indicator[(GroupPrefix.Length + 1)..];
                group[metric] = group.GetValueOrDefault(metric) + amount;
            }
            return;
        }
        if (_distributions.TryGetValue(indicator, out var distribution))
        {
            distribution[category] = (distribution.TryGetValue(category, out var v) ? v : 0m) + amount;
            return;
        }
        _values[indicator] = this[indicator] + amount;
    }

    private const string GroupPrefix = "groupe";

    /// <summary>Adds another territory's amounts (the national total): journeys too, never the local groups (they stay per département).</summary>
    public void AddAll(IndicatorAmounts other)
    {
        foreach (var (id, steps) in other._journeys)
            foreach (var (step, date) in steps) AddStep(id, step, Domain.Periods.Period.DateKey(date));
        foreach (var (k, v) in other._values) Add(k, string.Empty, v);
        foreach (var (name, d) in other._distributions)
            foreach (var (category, v) in d) Add(name, category, v);
    }
}
