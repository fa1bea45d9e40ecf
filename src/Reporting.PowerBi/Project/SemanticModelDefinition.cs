using System.Text.RegularExpressions;

namespace Reporting.PowerBi.Project;

public sealed record ModelColumn(string Table, string Name, string? DataType, string? SourceColumn, bool IsHidden, TmdlNode Node);

public sealed record ModelMeasure(string Table, string Name, string Expression, IReadOnlyDictionary<string, string> Annotations, bool IsHidden, TmdlNode Node)
{
    /// <summary>The JSON key of INDICATORS.md this measure computes (annotation <c>Indicateur</c>), if any.</summary>
    public string? Indicator => Annotations.TryGetValue("Indicateur", out var key) ? key : null;

    /// <summary>The JSON key this measure gives in the national comparison (annotation <c>IndicateurNational</c>), if any.</summary>
    public string? NationalIndicator => Annotations.TryGetValue("IndicateurNational", out var key) ? key : null;
}

public sealed record ModelPartition(string Table, string Name, string? SourceKind, string? Mode, string? Source, TmdlNode Node)
{
    /// <summary>The <c>rpt</c> view an import partition reads (<c>Source{[Schema = "rpt", Item = "x"]}</c>), as "rpt.x".</summary>
    public string? View => Source is { } m && ViewPattern().Match(m) is { Success: true } v ? $"{v.Groups["schema"].Value}.{v.Groups["item"].Value}" : null;

    /// <summary>The columns the M query keeps (<c>Table.SelectColumns(…, {"a", "b"})</c>), in order; null when it keeps all.</summary>
    public IReadOnlyList<string>? SelectedColumns => Source is { } m && SelectPattern().Match(m) is { Success: true } s
        ? Regex.Matches(s.Groups["list"].Value, "\"([^\"]*)\"").Select(x => x.Groups[1].Value).ToList()
        : null;

    private static Regex ViewPattern() => new(@"Schema\s*=\s*""(?<schema>[^""]+)""\s*,\s*Item\s*=\s*""(?<item>[^""]+)""");

    private static Regex SelectPattern() => new(@"Table\.SelectColumns\([^,]+,\s*\{(?<list>[^}]*)\}");
}

public sealed record ModelTable(string Name, string? Description, string? DataCategory, IReadOnlyList<ModelColumn> Columns, IReadOnlyList<ModelMeasure> Measures, IReadOnlyList<ModelPartition> Partitions, TmdlNode Node);

public sealed record ModelRelationship(string Name, string FromTable, string FromColumn, string ToTable, string ToColumn, string? CrossFiltering, TmdlNode Node);

public sealed record ModelTablePermission(string Role, string Table, string? Filter, string? MetadataPermission, TmdlNode Node);

public sealed record ModelRole(string Name, string? ModelPermission, IReadOnlyList<ModelTablePermission> TablePermissions, TmdlNode Node);

/// <summary>The semantic model as its TMDL files define it: tables, relationships, roles, M parameters, and the documents themselves.</summary>
public sealed class SemanticModelDefinition
{
    public required IReadOnlyList<TmdlDocument> Documents { get; init; }

    public required IReadOnlyList<ModelTable> Tables { get; init; }

    public required IReadOnlyList<ModelRelationship> Relationships { get; init; }

    public required IReadOnlyList<ModelRole> Roles { get; init; }

    public required IReadOnlyList<TmdlNode> Expressions { get; init; }

    public IEnumerable<ModelMeasure> Measures => Tables.SelectMany(t => t.Measures);

    public IEnumerable<ModelColumn> Columns => Tables.SelectMany(t => t.Columns);

    public ModelTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public ModelColumn? Column(string table, string column) => Table(table)?.Columns.FirstOrDefault(c => c.Name == column);

    public ModelMeasure? Measure(string name) => Measures.FirstOrDefault(m => m.Name == name);

    /// <summary>Reads the TMDL files (path → text).</summary>
    public static SemanticModelDefinition Read(IEnumerable<(string Path, string Text)> files)
    {
        var documents = files.Select(f => TmdlReader.Read(f.Path, f.Text)).ToList();
        var roots = documents.SelectMany(d => d.Roots).ToList();
        var tables = roots.Where(r => r.Type == "table").Select(ReadTable).ToList();
        var relationships = roots.Where(r => r.Type == "relationship").Select(r =>
        {
            var (ft, fc) = TmdlReader.ColumnReference(r.Property("fromColumn") ?? string.Empty);
            var (tt, tc) = TmdlReader.ColumnReference(r.Property("toColumn") ?? string.Empty);
            return new ModelRelationship(r.Name, ft, fc, tt, tc, r.Property("crossFilteringBehavior"), r);
        }).ToList();
        var roles = roots.Where(r => r.Type == "role").Select(r => new ModelRole(r.Name, r.Property("modelPermission"),
            r.ChildrenOf("tablePermission").Select(p => new ModelTablePermission(r.Name, p.Name, p.Default, p.Property("metadataPermission"), p)).ToList(), r)).ToList();
        return new SemanticModelDefinition
        {
            Documents = documents,
            Tables = tables,
            Relationships = relationships,
            Roles = roles,
            Expressions = roots.Where(r => r.Type == "expression").ToList(),
        };
    }

    private static ModelTable ReadTable(TmdlNode t) => new(
        t.Name, t.Description, t.Property("dataCategory"),
        t.ChildrenOf("column").Select(c => new ModelColumn(t.Name, c.Name, c.Property("dataType"), c.Property("sourceColumn"), c.Flag("isHidden"), c)).ToList(),
        t.ChildrenOf("measure").Select(m => new ModelMeasure(t.Name, m.Name, m.Default ?? string.Empty,
            m.ChildrenOf("annotation").GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First().Default ?? string.Empty, StringComparer.Ordinal),
            m.Flag("isHidden"), m)).ToList(),
        t.ChildrenOf("partition").Select(p => new ModelPartition(t.Name, p.Name, p.Default, p.Property("mode"),
            p.Properties.FirstOrDefault(x => x.Name == "source")?.Value, p)).ToList(),
        t);
}
