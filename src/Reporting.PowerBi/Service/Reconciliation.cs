using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.PowerBi.Project;

namespace Reporting.PowerBi.Service;

/// <summary>One figure that Power BI and the warehouse do not give alike.</summary>
public sealed record ReconciliationDifference(string Key, string Label, string? Category, decimal? PowerBi, decimal? Warehouse);

/// <summary>
/// « reporting powerbi rapprocher »: for a département's scope, one DAX query per indicator measure of the published
/// model (the measure annotated with the indicator's key), each compared with « reporting indicateurs » on the warehouse.
/// </summary>
public sealed class Reconciliation(DaxQueryService dax, SemanticModelDefinition model)
{
    /// <summary>The aggregate's period kind of a period as --periode gives it; null when the aggregate holds no such period.</summary>
    public static string? PeriodKind(Domain.Periods.Period p) =>
        p.Text.Length == 4 ? "year"
        : p.MonthCount == 1 && !p.Text.Contains("..", StringComparison.Ordinal) ? "month"
        : p.FirstDay.Month == 1 && p.FirstDay.Year == p.LastDay.Year ? "ytd"
        : p.MonthCount == 12 ? "rolling12"
        : null;

    /// <summary>The DAX query of a measure for a scope (a table of one row, or one row per label of a distribution).</summary>
    public static string Query(ModelMeasure measure, Scope scope, string kind, string? distribution)
    {
        string In(string table, string column, string value) => $"TREATAS({{\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"}}, '{table}'[{column}])";
        var filters = string.Join(", ", new[]
        {
            In("Périmètres", "Type de période (code)", kind),
            In("Périmètres", "Période (code)", scope.Period.Text),
            In("Périmètres", "Label (code)", scope.Label ?? string.Empty),
            In("Périmètres", "Population (code)", Scope.PopulationText(scope.Population)),
            In("Territoires", "Code", scope.Departement!),
        });
        return distribution is null
            ? $"EVALUATE ROW(\"valeur\", CALCULATE([{measure.Name}], {filters}))"
            : $"EVALUATE SUMMARIZECOLUMNS('Catégories'[Catégorie], {In("Catégories", "Liste (code)", distribution)}, {filters}, \"valeur\", [{measure.Name}])";
    }

    public async Task<IReadOnlyList<ReconciliationDifference>> Compare(IndicatorResult warehouse, string kind, string? impersonatedUserName)
    {
        var differences = new List<ReconciliationDifference>();
        foreach (var definition in IndicatorCatalog.All)
        {
            var measure = model.Measures.SingleOrDefault(m => m.Indicator == definition.Key)
                ?? throw new PowerBiException($"Le modèle publié n'a pas de mesure annotée « Indicateur = {definition.Key} ».");
            var rows = await dax.Rows(Query(measure, warehouse.Scope, kind, definition.Distribution), impersonatedUserName);
            if (definition.Kind == IndicatorKind.Distribution)
            {
                var byCategory = rows.ToDictionary(r => r["Catégories[Catégorie]"]?.GetValue<string>() ?? string.Empty, r => Number(r["[valeur]"]), StringComparer.Ordinal);
                foreach (var (category, count) in warehouse.Total.Distribution(definition)!)
                {
                    var pbi = byCategory.GetValueOrDefault(category);
                    if (!Same(pbi, count)) differences.Add(new(definition.Key, definition.Libelle, category, pbi, count));
                }
                continue;
            }
            var value = rows.Count == 0 ? null : Number(rows[0]["[valeur]"]);
            var expected = warehouse.Total.Value(definition);
            if (!Same(value, expected)) differences.Add(new(definition.Key, definition.Libelle, null, value, expected));
        }
        return differences;
    }

    private static decimal? Number(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<decimal>() : null;

    /// <summary>Equal up to the rounding of a double (Power BI computes in floating point).</summary>
    private static bool Same(decimal? a, decimal? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-9m * Math.Max(1m, Math.Abs(b.Value));

    public static string Format(decimal? value) => value is null ? "(vide)" : value.Value.ToString("#,##0.######", CultureInfo.GetCultureInfo("fr-FR"));
}
