using Reporting.Indicators.Definitions;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Console;

/// <summary>How an indicator value reads in French (tables and annexes round for display only).</summary>
public static class IndicatorDisplay
{
    public const string SecretMark = "s";

    /// <summary>A rate or an average with nothing to divide (the JSON keeps the contract's 0).</summary>
    public const string NothingToDivide = "–";

    /// <summary>The value of an indicator of a set as it reads: « s » when secret, « – » when there is nothing to divide.</summary>
    public static string Format(IndicatorDefinition definition, IndicatorSet set) =>
        set.NothingToDivide(definition) ? NothingToDivide : Format(definition, set.Value(definition));

    /// <summary>A share as it reads: « – » when the whole is 0.</summary>
    public static string Share(decimal part, decimal whole, int decimals = 1) =>
        IndicatorCatalog.Share(part, whole) is decimal share ? FrenchFormat.Percent(share, decimals) : NothingToDivide;

    public static string Format(IndicatorDefinition definition, decimal? value) => value is not decimal v
        ? SecretMark
        : definition.Kind switch
        {
            IndicatorKind.Count => FrenchFormat.Integer(v),
            IndicatorKind.Hours => FrenchFormat.Fixed(v, 1),
            IndicatorKind.Rate => FrenchFormat.Percent(v),
            IndicatorKind.Average => FrenchFormat.Fixed(v, 1),
            _ => FrenchFormat.Number(v, 2),
        };
}
