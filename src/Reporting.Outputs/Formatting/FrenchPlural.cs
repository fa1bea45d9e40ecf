namespace Reporting.Outputs.Formatting;

/// <summary>
/// French plural rule: 0 and 1 take the singular (« 0 version ignorée », « 1 fichier chargé »), 2 and more the
/// plural. The count is written in the French format (« 1 234 fichiers »).
/// </summary>
public static class FrenchPlural
{
    public static bool IsPlural(decimal count) => Math.Abs(count) >= 2;

    /// <summary>« 1 version antérieure ignorée », « 3 versions antérieures ignorées ».</summary>
    public static string Count(decimal count, string singular, string plural) =>
        $"{FrenchFormat.Integer(count)} {(IsPlural(count) ? plural : singular)}";

    /// <summary>The word alone, chosen by the count.</summary>
    public static string Word(decimal count, string singular, string plural) => IsPlural(count) ? plural : singular;
}
