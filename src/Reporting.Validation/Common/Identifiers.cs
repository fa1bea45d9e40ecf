using System.Text.RegularExpressions;
using Reporting.Domain.Territory;
using Reporting.Domain.Text;

namespace Reporting.Validation.Common;

/// <summary>The promeneur identifier pattern of INPUTS.md §1: <c>PDN-&lt;code département&gt;-&lt;4 chiffres&gt;</c>.</summary>
public static partial class Identifiers
{
    [GeneratedRegex(@"^PDN-([0-9]{2,3}|2[AB])-([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Normalises (trim, upper case) and checks an identifier; returns its département code.</summary>
    public static bool TryParse(string? raw, out string identifiant, out string departement)
    {
        // Full-width digits, Unicode dashes and non-breaking spaces are what they look like; anything else is refused.
        identifiant = LookAlikes.Fold(raw ?? string.Empty).Trim().ToUpperInvariant().Replace(' ', '-');
        departement = string.Empty;
        var m = Pattern().Match(identifiant);
        if (!m.Success || !Departements.Exists(m.Groups[1].Value)) return false;
        departement = m.Groups[1].Value;
        return true;
    }

    /// <summary>Why an identifier is refused; an invisible or unexpected character is named by its code point and position.</summary>
    public static string Invalid(string? raw) => LookAlikes.FirstUnexpected(raw) is { } unexpected
        ? $"« {LookAlikes.Visible(raw)} » n'est pas un identifiant de promeneur valide : il contient {unexpected.Description} en position {unexpected.Position}. " +
          "Retapez-le au clavier : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007)."
        : $"« {raw} » n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007).";
}
