using Reporting.Indicators.Definitions;

namespace Reporting.Indicators.Computation;

/// <summary>
/// The indicators of a scope: for a département, its set; nationally, the national set (every
/// département included) and one set per département, secrecy applied.
/// </summary>
public sealed record IndicatorResult(Scope Scope, IndicatorSet Total, IReadOnlyList<IndicatorSet> Departements, int Seuil)
{
    /// <summary>
    /// Nationally, the unsuppressed amounts of every département the query returned, including those with no
    /// promeneur in the population (their regroupements count in the total); empty for a département's result.
    /// The indicator aggregate stores them for each département's own staff.
    /// </summary>
    public IReadOnlyDictionary<string, IndicatorAmounts> AllDepartements { get; init; } = new Dictionary<string, IndicatorAmounts>();
}
