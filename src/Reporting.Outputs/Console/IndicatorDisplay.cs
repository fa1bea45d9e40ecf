using Reporting.Indicators.Definitions;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Console;

/// <summary>How an indicator value reads in French (tables and annexes round for display only).</summary>
public static class IndicatorDisplay
{
    public const string SecretMark = "s";

    public static string Format(IndicatorDefinition definition, decimal? value) => value is not decimal v
        ? SecretMark
        : definition.Kind switch
        {
            IndicatorKind.Count => FrenchFormat.Integer(v),
            IndicatorKind.Hours => FrenchFormat.Number(v, 1),
            IndicatorKind.Rate => FrenchFormat.Percent(v),
            IndicatorKind.Average => FrenchFormat.Number(v, 1),
            _ => FrenchFormat.Number(v, 2),
        };
}
