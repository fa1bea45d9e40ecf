using Reporting.Indicators.Definitions;

namespace Reporting.Indicators.Computation;

/// <summary>
/// Small-number secrecy of national results (INDICATORS.md "Small numbers"): a département with
/// fewer than <c>seuil</c> promeneurs is suppressed; when exactly one is, the smallest other
/// (fewest promeneurs, then lowest code) is suppressed too, so totals cannot reveal it.
/// </summary>
public static class StatisticalSecrecy
{
    public const int DefaultThreshold = 5;
    public const int MinimumThreshold = 3;

    public static void Apply(IReadOnlyList<IndicatorSet> departements, int seuil)
    {
        if (seuil < MinimumThreshold) throw new ArgumentOutOfRangeException(nameof(seuil), $"Threshold below {MinimumThreshold}");
        foreach (var d in departements) d.Secret = d.Promeneurs < seuil;
        if (departements.Count(d => d.Secret) != 1) return;
        var next = departements.Where(d => !d.Secret)
            .OrderBy(d => d.Promeneurs)
            .ThenBy(d => d.Territoire, StringComparer.Ordinal)
            .FirstOrDefault();
        if (next is not null) next.Secret = true;
    }

    /// <summary>
    /// The national total includes every département, but a nation of fewer than <c>seuil</c>
    /// promeneurs (one small département alone, say) would show them: then the total is secret too.
    /// </summary>
    public static void ApplyToTotal(IndicatorSet national, int seuil) => national.Secret = national.Promeneurs > 0 && national.Promeneurs < seuil;
}
