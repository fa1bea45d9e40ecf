using System.Globalization;

namespace Reporting.Outputs.Formatting;

/// <summary>French display formats: <c>1 234,5</c>, <c>42,3 %</c>, <c>dd/MM/yyyy</c>.</summary>
public static class FrenchFormat
{
    public static readonly CultureInfo Culture = CreateCulture();

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("fr-FR").Clone();
        c.NumberFormat.NumberGroupSeparator = " ";
        c.NumberFormat.PercentGroupSeparator = " ";
        c.NumberFormat.CurrencyGroupSeparator = " ";
        return CultureInfo.ReadOnly(c);
    }

    /// <summary>Removes trailing zeros of a decimal's scale (106.500000 → 106.5).</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    public static string Number(decimal value, int maxDecimals = 1) =>
        Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('#', maxDecimals), Culture).TrimEnd(',');

    /// <summary>Always <paramref name="decimals"/> decimals (« 51,0 » beside « 33,6 »): one format per column.</summary>
    public static string Fixed(decimal value, int decimals = 1) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('0', decimals), Culture);

    public static string Integer(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Culture);

    public static string Percent(decimal ratio, int decimals = 1) =>
        (Math.Round(ratio * 100, decimals, MidpointRounding.AwayFromZero)).ToString("#,##0." + new string('0', decimals), Culture) + " %";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
