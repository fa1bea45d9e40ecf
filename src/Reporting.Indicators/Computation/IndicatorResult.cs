using Reporting.Indicators.Definitions;

namespace Reporting.Indicators.Computation;

/// <summary>
/// The indicators of a scope: for a département, its set; nationally, the national set (every
/// département included) and one set per département, secrecy applied.
/// </summary>
public sealed record IndicatorResult(Scope Scope, IndicatorSet Total, IReadOnlyList<IndicatorSet> Departements, int Seuil);
