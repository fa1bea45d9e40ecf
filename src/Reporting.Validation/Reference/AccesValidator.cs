using System.Text.RegularExpressions;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using A = Reporting.Domain.Contracts.InputContract.Acces;

namespace Reporting.Validation.Reference;

/// <summary>
/// Validates the access list of the Power BI dashboard (<c>acces</c>: <c>Utilisateur;Département</c>): one row per user
/// principal name (the Microsoft Entra sign-in, compared without case) and département code. The file is the whole list:
/// loading it replaces the previous one (etl/REGLES.md, « Power BI »).
/// </summary>
public static partial class AccesValidator
{
    public static Validated<IReadOnlyList<AccessRecord>> Validate(ISourceDocument document, string sheet)
    {
        var (header, rows) = TableRows.Read(document, sheet, A.Columns);
        if (header is null) return Validated<IReadOnlyList<AccessRecord>>.Refuse("Liste d'accès vide.");
        var absent = header.Missing(A.Columns).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<AccessRecord>>.Refuse(TableRows.MissingColumns("Liste d'accès", absent));

        var records = new List<AccessRecord>();
        var seen = new Dictionary<(string, string), int>();
        var result = new Validated<IReadOnlyList<AccessRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var user = cells.Take(A.Utilisateur, UserPrincipalName);
            var departement = cells.Take(A.Departement, PromeneursValidator.DepartementCode);
            if (!cells.Any && seen.TryGetValue((user!, departement!), out var first))
                cells.Add(A.Utilisateur, cells.Raw(A.Utilisateur), $"{user} a déjà accès au département {departement} ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[(user!, departement!)] = row.Number;
            records.Add(new AccessRecord(user!, departement!, row.Number));
        }
        return result;
    }

    /// <summary>A user principal name as Microsoft Entra writes it (<c>prenom.nom@caf.fr</c>), kept in lower case.</summary>
    internal static Parsed<string> UserPrincipalName(object? value)
    {
        var text = Cells.Text(value)?.Trim();
        if (string.IsNullOrEmpty(text)) return Parsed<string>.Fail("Utilisateur manquant : le nom de connexion Microsoft (ex. prenom.nom@caf.fr) est attendu.");
        if (!Upn().IsMatch(text))
            return Parsed<string>.Fail($"Utilisateur « {text} » invalide : un nom de connexion Microsoft de la forme prenom.nom@caf.fr est attendu (sans espace).");
        return Parsed<string>.Success(text.ToLowerInvariant());
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Upn();
}
