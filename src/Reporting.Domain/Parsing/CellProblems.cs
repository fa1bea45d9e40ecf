using System.Globalization;

namespace Reporting.Domain.Parsing;

/// <summary>
/// A formula cell saved without its computed value (files written by tools that never calculate).
/// In a free-text cell the formula's text is the answer; in any other cell the row is rejected.
/// </summary>
public sealed record UncomputedFormula(string Formula)
{
    /// <summary>The formula as the user typed it, shown as text (never as a formula).</summary>
    public string Text => "=" + Formula;

    public override string ToString() => Text;
}

/// <summary>A text longer than the longest text an Excel cell holds: it is rejected, never cut.</summary>
public sealed record OversizedText(int Length, string Start)
{
    public override string ToString() => Start + "…";
}

/// <summary>The French messages of cells that cannot be taken as they are.</summary>
public static class CellProblems
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Longest text of an Excel cell.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Why a value cannot be read at all, or null when it can.</summary>
    public static string? Of(object? value) => value switch
    {
        UncomputedFormula f =>
            $"La cellule contient la formule « {f.Text} » sans valeur calculée : le fichier a été enregistré par un outil qui ne calcule pas les formules. " +
            "Ouvrez-le dans Excel (ou LibreOffice) et enregistrez-le à nouveau, ou remplacez la formule par sa valeur.",
        OversizedText t =>
            $"Texte trop long : {t.Length.ToString("N0", Fr)} caractères, au-delà des {MaxCellChars.ToString("N0", Fr)} qu'une cellule peut contenir. " +
            "Raccourcissez-le : il n'est pas tronqué.",
        _ => null,
    };
}
