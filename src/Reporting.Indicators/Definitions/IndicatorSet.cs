namespace Reporting.Indicators.Definitions;

/// <summary>The indicators of one territory. A secret set shows only its territory and population.</summary>
public sealed class IndicatorSet(string territoire, IndicatorAmounts amounts)
{
    public string Territoire { get; } = territoire;

    public IndicatorAmounts Amounts { get; } = amounts;

    /// <summary>Suppressed by small-number secrecy (national results only).</summary>
    public bool Secret { get; set; }

    public decimal Promeneurs => Amounts["promeneurs"];

    /// <summary>The value of a scalar indicator (null when secret, except <c>promeneurs</c>).</summary>
    public decimal? Value(IndicatorDefinition definition)
    {
        if (definition.Kind == IndicatorKind.Distribution) throw new ArgumentException($"{definition.Key} is a distribution", nameof(definition));
        if (Secret && definition.Key != "promeneurs") return null;
        return definition.Compute!(Amounts);
    }

    public decimal? Value(string key) => Value(IndicatorCatalog.Get(key));

    /// <summary>A rate or an average with nothing to divide (no month expected, nobody in the population): shown « – », 0 in JSON.</summary>
    public bool NothingToDivide(IndicatorDefinition definition) => !Secret && definition.NothingToDivide(Amounts);

    /// <summary>No promeneur in the population and no regroupement: a period (or a territory) without any data.</summary>
    public bool Empty => Amounts["promeneurs"] == 0 && Amounts["regroupements"] == 0;

    /// <summary>A distribution with every label of its list (null when secret).</summary>
    public IReadOnlyDictionary<string, decimal>? Distribution(IndicatorDefinition definition) =>
        Secret ? null : Amounts.Distribution(definition.Distribution!);

    /// <summary><c>reseau</c> (null when secret).</summary>
    public NetworkActivity? Reseau() => Secret ? null : NetworkIndicators.Reseau(Amounts);

    /// <summary><c>parcours</c> (null when secret).</summary>
    public IReadOnlyList<JourneyStep>? Parcours(Domain.Periods.Period period) => Secret ? null : NetworkIndicators.Parcours(Amounts, period);

    /// <summary><c>parcours_incomplets</c> (null when secret).</summary>
    public int? ParcoursIncomplets(Domain.Periods.Period period) => Secret ? null : NetworkIndicators.ParcoursIncomplets(Amounts, period);

    /// <summary><c>groupes_locaux</c> (null when secret).</summary>
    public IReadOnlyList<LocalGroupResult>? GroupesLocaux(Domain.Periods.Period period) => Secret ? null : NetworkIndicators.GroupesLocaux(Amounts, period);
}
