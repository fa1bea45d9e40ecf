using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using S = Reporting.Domain.Contracts.InputContract.Structures;

namespace Reporting.Validation.Reference;

/// <summary>Validates the <c>structures</c> reference list (INPUTS.md §2).</summary>
public static class StructuresValidator
{
    public static Validated<IReadOnlyList<StructureRecord>> Validate(ISourceDocument document, string sheet)
    {
        var (header, rows) = TableRows.Read(document, sheet, S.Columns);
        if (header is null) return Validated<IReadOnlyList<StructureRecord>>.Refuse("Liste des structures vide.");
        var absent = header.Missing(S.Required).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<StructureRecord>>.Refuse(TableRows.MissingColumns("Liste des structures", absent));

        var records = new List<StructureRecord>();
        var seen = new Dictionary<string, int>();
        var result = new Validated<IReadOnlyList<StructureRecord>> { Content = records };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            // A missing code is rejected by Take, which then gives null: keep the row's other checks going.
            var code = (cells.Take(S.Code, v => Cells.Code(v, S.Code)) ?? string.Empty).Trim().ToUpperInvariant();
            var nom = cells.Take(S.Nom, v => Cells.RequiredText(v, S.Nom));
            var type = cells.Take(S.Type, v => Cells.Category(v, Lists.TypeStructure));
            var commune = cells.OptionalText(S.Commune);
            var departement = cells.Take(S.Departement, PromeneursValidator.DepartementCode);
            if (!cells.Any && seen.TryGetValue(code, out var first))
                cells.Add(S.Code, cells.Raw(S.Code), $"La structure {code} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[code] = row.Number;
            records.Add(new StructureRecord(code, nom, type, commune, departement, row.Number));
        }
        return result;
    }
}
