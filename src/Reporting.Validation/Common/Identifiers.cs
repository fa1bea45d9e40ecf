using System.Text.RegularExpressions;
using Reporting.Domain.Territory;

namespace Reporting.Validation.Common;

/// <summary>The promeneur identifier pattern of INPUTS.md §1: <c>PDN-&lt;code département&gt;-&lt;4 chiffres&gt;</c>.</summary>
public static partial class Identifiers
{
    [GeneratedRegex(@"^PDN-([0-9]{2,3}|2[AB])-([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Normalises (trim, upper case) and checks an identifier; returns its département code.</summary>
    public static bool TryParse(string? raw, out string identifiant, out string departement)
    {
        identifiant = (raw ?? string.Empty).Trim().ToUpperInvariant().Replace(' ', '-');
        departement = string.Empty;
        var m = Pattern().Match(identifiant);
        if (!m.Success || !Departements.Exists(m.Groups[1].Value)) return false;
        departement = m.Groups[1].Value;
        return true;
    }

    public static string Invalid(string? raw) =>
        $"« {raw} » n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007).";
}
