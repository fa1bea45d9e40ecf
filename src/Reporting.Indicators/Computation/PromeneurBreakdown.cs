using Reporting.Indicators.Definitions;

namespace Reporting.Indicators.Computation;

/// <summary>
/// The indicators of a département's scope per promeneur of its population (each set's
/// <see cref="IndicatorSet.Territoire"/> is the promeneur's identifier, in identifier order), and the
/// département's set they add up to (regroupements and their hours are the département's only).
/// </summary>
public sealed record PromeneurBreakdown(Scope Scope, IndicatorSet Departement, IReadOnlyList<IndicatorSet> Promeneurs);
