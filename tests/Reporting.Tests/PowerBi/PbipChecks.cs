using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reporting.Indicators.Definitions;
using Reporting.PowerBi.Project;
using Reporting.Tests.Support;

namespace Reporting.Tests.PowerBi;

/// <summary>
/// What Power BI Desktop would refuse or render broken, checked without Desktop: TMDL structure against the TMDL
/// object schema (<c>powerbi/schemas/tmdl/TmdlSchema.json</c>), references inside the model (relationships, DAX, roles),
/// the report's field bindings, one measure per indicator key, and the model's columns against the SQL Server views
/// they import. Each check returns readable problems (empty: none).
/// </summary>
public static partial class PbipChecks
{
    private const string Definition = PbipProject.SemanticModelFolder + "/definition/";

    private static readonly Lazy<JsonObject> TmdlSchema = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(PbipSchemas.Folder, "tmdl", "TmdlSchema.json")))!.AsObject());

    // ---------- TMDL structure ----------

    public static IReadOnlyList<string> Structure(PbipProject project)
    {
        var model = project.Model();
        var problems = model.Documents.SelectMany(d => d.Problems).Select(p => p.ToString()).ToList();
        var roots = model.Documents.ToDictionary(d => d.File[Definition.Length..], d => d.Roots);

        void Expect(string file, string type, bool single)
        {
            if (!roots.TryGetValue(file, out var r)) { problems.Add($"{file}: missing"); return; }
            foreach (var bad in r.Where(n => n.Type != type && !(file == "model.tmdl" && n.Type == "ref")))
                problems.Add($"{bad.File}({bad.Line}): « {bad.Type} » does not belong in {file}");
            if (single && r.Count(n => n.Type == type) != 1) problems.Add($"{file}: exactly one {type} expected");
        }
        Expect("database.tmdl", "database", single: true);
        Expect("model.tmdl", "model", single: true);
        Expect("relationships.tmdl", "relationship", single: false);
        Expect("expressions.tmdl", "expression", single: false);
        foreach (var (file, nodes) in roots)
        {
            foreach (var (folder, type) in new[] { ("tables/", "table"), ("roles/", "role") })
            {
                if (!file.StartsWith(folder, StringComparison.Ordinal)) continue;
                var name = Path.GetFileNameWithoutExtension(file);
                if (nodes.Count != 1 || nodes[0].Type != type || nodes[0].Name != name)
                    problems.Add($"{file}: one {type} named « {name} » expected");
            }
        }
        var refs = roots.GetValueOrDefault("model.tmdl", []).Where(n => n.Type == "ref").ToList();
        foreach (var (refType, folder) in new[] { ("table", "tables/"), ("role", "roles/") })
        {
            var declared = refs.Where(r => r.RefType == refType).Select(r => r.Name).ToList();
            var files = roots.Keys.Where(f => f.StartsWith(folder, StringComparison.Ordinal)).Select(f => Path.GetFileNameWithoutExtension(f)).ToList();
            foreach (var missing in files.Except(declared)) problems.Add($"model.tmdl: no « ref {refType} {TmdlReader.Quote(missing)} » for {folder}{missing}.tmdl");
            foreach (var orphan in declared.Except(files)) problems.Add($"model.tmdl: « ref {refType} {TmdlReader.Quote(orphan)} » has no file {folder}{orphan}.tmdl");
            foreach (var twice in declared.GroupBy(d => d).Where(g => g.Count() > 1)) problems.Add($"model.tmdl: « ref {refType} {twice.Key} » twice");
        }
        foreach (var table in model.Tables)
        {
            if (table.Partitions.Count != 1) problems.Add($"table {table.Name}: {table.Partitions.Count} partitions, exactly one expected");
            foreach (var p in table.Partitions)
            {
                if (p.SourceKind != "m" || !string.Equals(p.Mode, "import", StringComparison.Ordinal))
                    problems.Add($"table {table.Name}: partition « {p.Name} » is « {p.SourceKind} » in mode « {p.Mode} », an import partition in M expected");
            }
        }
        var tags = model.Documents.SelectMany(d => All(d.Roots)).Select(n => (Node: n, Tag: n.Property("lineageTag"))).Where(x => x.Tag is not null);
        foreach (var dup in tags.GroupBy(x => x.Tag).Where(g => g.Count() > 1))
            problems.Add($"lineageTag {dup.Key} is used {dup.Count()} times: {string.Join(", ", dup.Select(x => $"{x.Node.Type} {x.Node.Name}"))}");
        foreach (var node in model.Documents.SelectMany(d => All(d.Roots))) problems.AddRange(AgainstSchema(node));
        foreach (var table in model.Tables)
        {
            if (table.Description is null) problems.Add($"table {table.Name}: no « /// » description");
            foreach (var c in table.Columns.Where(c => !c.IsHidden && c.Node.Description is null)) problems.Add($"column {table.Name}[{c.Name}]: no « /// » description");
            foreach (var m in table.Measures.Where(m => m.Node.Description is null)) problems.Add($"measure [{m.Name}]: no « /// » description");
        }
        return problems;
    }

    private static IEnumerable<TmdlNode> All(IEnumerable<TmdlNode> nodes) => nodes.SelectMany(n => new[] { n }.Concat(All(n.Children)));

    private static readonly Dictionary<string, string[]> ExtraProperties = new(StringComparer.Ordinal)
    {
        ["database"] = ["compatibilityLevel", "compatibilityMode", "language", "id"],
        ["partition"] = ["source"],
    };

    /// <summary>An object's type, children, properties and enum values against the TMDL object schema.</summary>
    private static IEnumerable<string> AgainstSchema(TmdlNode node)
    {
        if (node.Type is "ref" or "database") 
        {
            foreach (var p in node.Properties.Where(p => !ExtraProperties.GetValueOrDefault(node.Type, []).Contains(p.Name)))
                yield return $"{node.File}({p.Line}): unknown property « {p.Name} » of {node.Type}";
            yield break;
        }
        var types = TmdlSchema.Value["objectTypes"]!.AsObject();
        var typeName = char.ToUpperInvariant(node.Type[0]) + node.Type[1..];
        if (node.Type == "kpi") typeName = "KPI";
        if (types[typeName] is not JsonObject type)
        {
            yield return $"{node.File}({node.Line}): unknown object type « {node.Type} »";
            yield break;
        }
        var children = type["childObjects"]?.AsArray().Select(c => c!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var child in node.Children.Where(c => !children.Contains(c.Type) && !(node.Type == "model" && c.Type == "ref")))
            yield return $"{child.File}({child.Line}): « {child.Type} » cannot be a child of « {node.Type} »";
        var properties = (type["properties"]?.AsArray() ?? []).Select(p => p!.AsObject()).ToDictionary(p => p["name"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var property in node.Properties)
        {
            if (ExtraProperties.GetValueOrDefault(node.Type, []).Contains(property.Name)) continue;
            if (!properties.TryGetValue(property.Name, out var definition))
            {
                yield return $"{node.File}({property.Line}): unknown property « {property.Name} » of {node.Type}";
                continue;
            }
            var scalar = definition["scalarValueType"]?.GetValue<string>();
            if (scalar == "Enum")
            {
                var values = TmdlSchema.Value["enums"]![definition["enumType"]!.GetValue<string>()]?.AsArray().Select(v => v!.GetValue<string>()).ToList() ?? [];
                if (property.Value is null || !values.Contains(property.Value, StringComparer.OrdinalIgnoreCase))
                    yield return $"{node.File}({property.Line}): « {property.Value} » is not a value of {property.Name} ({string.Join(", ", values)})";
            }
            else if (scalar == "Bool" && property.Value is not (null or "true" or "false"))
                yield return $"{node.File}({property.Line}): « {property.Value} » is not a boolean ({property.Name})";
            else if (scalar == "Int" && !int.TryParse(property.Value, out _))
                yield return $"{node.File}({property.Line}): « {property.Value} » is not an integer ({property.Name})";
        }
    }

    // ---------- references inside the model ----------

    public static IReadOnlyList<string> References(PbipProject project)
    {
        var model = project.Model();
        var problems = new List<string>();
        foreach (var r in model.Relationships)
        {
            if (model.Column(r.FromTable, r.FromColumn) is null) problems.Add($"relationship {r.Name}: fromColumn {r.FromTable}[{r.FromColumn}] does not exist");
            if (model.Column(r.ToTable, r.ToColumn) is null) problems.Add($"relationship {r.Name}: toColumn {r.ToTable}[{r.ToColumn}] does not exist");
            if (r.CrossFiltering is not (null or "oneDirection")) problems.Add($"relationship {r.Name}: {r.CrossFiltering}, single direction expected");
            if (model.Column(r.FromTable, r.FromColumn) is { } f && model.Column(r.ToTable, r.ToColumn) is { } t && f.DataType != t.DataType)
                problems.Add($"relationship {r.Name}: {f.DataType} {r.FromTable}[{r.FromColumn}] → {t.DataType} {r.ToTable}[{r.ToColumn}]");
        }
        foreach (var pair in model.Relationships.GroupBy(r => (r.FromTable, r.ToTable)).Where(g => g.Count() > 1))
            problems.Add($"{pair.Count()} relationships from {pair.Key.FromTable} to {pair.Key.ToTable}");
        foreach (var c in model.Columns)
        {
            if (c.Node.Property("sortByColumn") is { } sort && model.Column(c.Table, TmdlReader.ColumnReference(sort).Table) is null)
                problems.Add($"column {c.Table}[{c.Name}]: sortByColumn « {sort} » does not exist");
        }
        var names = model.Measures.GroupBy(m => m.Name).Where(g => g.Count() > 1);
        foreach (var dup in names) problems.Add($"measure [{dup.Key}] is defined {dup.Count()} times");
        var columnNames = model.Columns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tableNames = model.Tables.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in model.Measures.Where(m => columnNames.Contains(m.Name) || tableNames.Contains(m.Name)))
            problems.Add($"measure [{m.Name}] has the name of a column or a table");
        foreach (var m in model.Measures) problems.AddRange(Dax(model, $"measure [{m.Name}]", m.Expression));
        foreach (var role in model.Roles)
        {
            if (role.ModelPermission != "read") problems.Add($"role {role.Name}: modelPermission « {role.ModelPermission} », read expected");
            foreach (var p in role.TablePermissions)
            {
                if (model.Table(p.Table) is null) problems.Add($"role {role.Name}: tablePermission on unknown table « {p.Table} »");
                if (p.Filter is not null) problems.AddRange(Dax(model, $"role {role.Name}, table {p.Table}", p.Filter));
                if (p.Filter is null && p.MetadataPermission is null) problems.Add($"role {role.Name}, table {p.Table}: neither a filter nor a metadataPermission");
            }
        }
        var parameters = model.Expressions.Where(e => e.Default?.Contains("IsParameterQuery=true", StringComparison.Ordinal) == true).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in new[] { "Serveur", "Base" }.Where(p => !parameters.Contains(p))) problems.Add($"expressions.tmdl: M parameter « {p} » missing");
        foreach (var t in model.Tables.Where(t => t.Partitions.Any(p => p.Source?.Contains("Sql.Database(Serveur, Base)", StringComparison.Ordinal) != true)))
            problems.Add($"table {t.Name}: its partition does not read Sql.Database(Serveur, Base)");
        var dates = model.Tables.Where(t => t.DataCategory == "Time").ToList();
        if (dates.Count != 1 || !dates[0].Columns.Any(c => c.Node.Flag("isKey") && c.DataType == "dateTime"))
            problems.Add("no date table: one table with dataCategory Time and a dateTime column marked isKey expected");
        return problems;
    }

    /// <summary><c>'Table'[Column]</c>, <c>Table[Column]</c>, <c>[Measure]</c> and <c>'Table'</c> references of a DAX expression (string literals skipped).</summary>
    public static IEnumerable<(string? Table, string? Name)> DaxReferences(string dax)
    {
        var text = StringLiteral().Replace(dax, "\"\"");
        foreach (Match m in DaxReference().Matches(text))
        {
            var table = m.Groups["qt"].Success ? m.Groups["qt"].Value.Replace("''", "'", StringComparison.Ordinal) : m.Groups["t"].Success ? m.Groups["t"].Value : null;
            var name = m.Groups["n"].Success ? m.Groups["n"].Value.Replace("]]", "]", StringComparison.Ordinal) : null;
            yield return (table, name);
        }
    }

    private static IEnumerable<string> Dax(SemanticModelDefinition model, string where, string dax)
    {
        var variables = DaxVariable().Matches(dax).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (table, name) in DaxReferences(dax))
        {
            if (table is not null && name is null)
            {
                if (model.Table(table) is null) yield return $"{where}: table '{table}' does not exist";
            }
            else if (table is not null)
            {
                if (model.Table(table) is null) yield return $"{where}: table '{table}' of '{table}'[{name}] does not exist";
                else if (model.Column(table, name!) is null && model.Table(table)!.Measures.All(m => m.Name != name)) yield return $"{where}: '{table}'[{name}] does not exist";
            }
            else if (model.Measure(name!) is null && !variables.Contains(name!)) yield return $"{where}: measure [{name}] does not exist";
        }
    }

    [GeneratedRegex("\"(?:[^\"]|\"\")*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"'(?<qt>(?:[^']|'')+)'(?:\[(?<n>(?:[^\]]|\]\])+)\])?|(?<t>\b[A-Za-z_][\w]*)\[(?<n>(?:[^\]]|\]\])+)\]|\[(?<n>(?:[^\]]|\]\])+)\]")]
    private static partial Regex DaxReference();

    [GeneratedRegex(@"\bVAR\s+([\w]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DaxVariable();

    // ---------- report bindings ----------

    public static IReadOnlyList<string> Bindings(PbipProject project)
    {
        var model = project.Model();
        var problems = new List<string>();
        const string pages = PbipProject.ReportFolder + "/definition/pages/";
        var pageFolders = project.Files.Keys.Where(k => k.StartsWith(pages, StringComparison.Ordinal) && k.EndsWith("/page.json", StringComparison.Ordinal)).ToList();
        foreach (var (path, text) in project.Files.Where(f => f.Key.StartsWith(PbipProject.ReportFolder + "/", StringComparison.Ordinal) && f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            var node = JsonNode.Parse(text)!;
            foreach (var (entity, property, kind) in Fields(node, new Dictionary<string, string>()))
            {
                if (model.Table(entity) is null) problems.Add($"{path}: table « {entity} » is not in the model");
                else if (kind == "Measure" && model.Table(entity)!.Measures.All(m => m.Name != property)) problems.Add($"{path}: measure {entity}[{property}] is not in the model");
                else if (kind != "Measure" && model.Column(entity, property) is null) problems.Add($"{path}: column {entity}[{property}] is not in the model");
            }
            if (path.EndsWith("/visual.json", StringComparison.Ordinal) || path.EndsWith("/page.json", StringComparison.Ordinal))
            {
                var folder = path.Split('/')[^2];
                var name = node["name"]?.GetValue<string>();
                if (name != folder) problems.Add($"{path}: name « {name} » differs from its folder « {folder} »");
                if (name is null || !FolderName().IsMatch(name)) problems.Add($"{path}: name « {name} » has characters outside [A-Za-z0-9_-]");
            }
            if (path.EndsWith("/page.json", StringComparison.Ordinal))
            {
                var visuals = project.Files.Keys.Where(k => k.StartsWith(path[..^"page.json".Length] + "visuals/", StringComparison.Ordinal)).Select(k => k.Split('/')[^2]).ToHashSet();
                foreach (var i in node["visualInteractions"]?.AsArray() ?? [])
                    foreach (var end in new[] { "source", "target" }.Select(e => i![e]!.GetValue<string>()).Where(v => !visuals.Contains(v)))
                        problems.Add($"{path}: visual interaction with unknown visual « {end} »");
            }
        }
        var pagesJson = JsonNode.Parse(project.Files[pages + "pages.json"])!;
        var existing = pageFolders.Select(p => p.Split('/')[^2]).ToHashSet();
        foreach (var p in pagesJson["pageOrder"]!.AsArray().Select(x => x!.GetValue<string>()).Where(p => !existing.Contains(p)))
            problems.Add($"pages.json: page « {p} » has no folder");
        return problems;
    }

    /// <summary>Every model field a report JSON binds: <c>{"Column"|"Measure": {"Expression": {"SourceRef": {"Entity"|"Source"}}, "Property"}}</c>.</summary>
    private static IEnumerable<(string Entity, string Property, string Kind)> Fields(JsonNode? node, Dictionary<string, string> aliases)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["From"] is JsonArray from)
                {
                    aliases = new Dictionary<string, string>(aliases);
                    foreach (var f in from.OfType<JsonObject>().Where(f => f["Name"] is not null && f["Entity"] is not null))
                        aliases[f["Name"]!.GetValue<string>()] = f["Entity"]!.GetValue<string>();
                }
                foreach (var kind in new[] { "Column", "Measure" })
                {
                    if (o[kind] is JsonObject field && field["Property"] is JsonValue property && field["Expression"]?["SourceRef"] is JsonObject source)
                    {
                        var entity = source["Entity"]?.GetValue<string>() ?? (source["Source"] is { } alias && aliases.TryGetValue(alias.GetValue<string>(), out var e) ? e : "?" + source["Source"]);
                        yield return (entity, property.GetValue<string>(), kind);
                    }
                }
                foreach (var (_, child) in o)
                    foreach (var f in Fields(child, aliases)) yield return f;
                break;
            case JsonArray a:
                foreach (var child in a)
                    foreach (var f in Fields(child, aliases)) yield return f;
                break;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex FolderName();

    // ---------- indicators ----------

    public static IReadOnlyList<string> Indicators(PbipProject project)
    {
        var model = project.Model();
        var problems = new List<string>();
        var keys = IndicatorCatalog.All.Select(d => d.Key).ToList();
        foreach (var key in keys)
        {
            var measures = model.Measures.Where(m => m.Indicator == key).ToList();
            if (measures.Count != 1) problems.Add($"indicator « {key} »: {measures.Count} measures carry « annotation Indicateur = {key} », exactly one expected");
        }
        foreach (var m in model.Measures.Where(m => m.Indicator is not null && !keys.Contains(m.Indicator)))
            problems.Add($"measure [{m.Name}]: « annotation Indicateur = {m.Indicator} » is not an indicator of INDICATORS.md");
        foreach (var m in model.Measures.Where(m => m.NationalIndicator is not null && !keys.Contains(m.NationalIndicator)))
            problems.Add($"measure [{m.Name}]: « annotation IndicateurNational = {m.NationalIndicator} » is not an indicator of INDICATORS.md");
        foreach (var dup in model.Measures.Where(m => m.NationalIndicator is not null).GroupBy(m => m.NationalIndicator).Where(g => g.Count() > 1))
            problems.Add($"national indicator « {dup.Key} »: {dup.Count()} measures");
        return problems;
    }

    // ---------- model columns against the SQL Server views ----------

    public static IReadOnlyList<string> ViewColumns(PbipProject project, SqlServerModel sql)
    {
        var model = project.Model();
        var problems = new List<string>();
        var views = sql.Objects(ModelSchema.View).ToDictionary(v => $"{v.Name.Parts[0]}.{v.Name.Parts[1]}", StringComparer.OrdinalIgnoreCase);
        foreach (var table in model.Tables)
        {
            var partition = table.Partitions.FirstOrDefault();
            var viewName = partition?.View;
            if (viewName is null || !viewName.StartsWith("rpt.", StringComparison.Ordinal)) { problems.Add($"table {table.Name}: its partition reads no rpt view"); continue; }
            if (!views.TryGetValue(viewName, out var view)) { problems.Add($"table {table.Name}: view {viewName} is not in the SQL Server model (sql/views)"); continue; }
            var types = ViewColumnTypes(view);
            var sources = table.Columns.Select(c => c.SourceColumn ?? "").ToList();
            if (partition!.SelectedColumns is { } selected && !selected.Order(StringComparer.Ordinal).SequenceEqual(sources.Order(StringComparer.Ordinal)))
                problems.Add($"table {table.Name}: the M query keeps {{{string.Join(", ", selected)}}} but the columns read {{{string.Join(", ", sources)}}}");
            foreach (var column in table.Columns)
            {
                if (column.SourceColumn is null) { problems.Add($"column {table.Name}[{column.Name}]: no sourceColumn"); continue; }
                if (!types.TryGetValue(column.SourceColumn, out var type)) { problems.Add($"column {table.Name}[{column.Name}]: {viewName} has no column « {column.SourceColumn} »"); continue; }
                if (type is null) { problems.Add($"column {table.Name}[{column.Name}]: the type of {viewName}.{column.SourceColumn} cannot be told (add a CAST in the view)"); continue; }
                if (!Compatible(column.DataType, type)) problems.Add($"column {table.Name}[{column.Name}]: dataType {column.DataType}, but {viewName}.{column.SourceColumn} is {type.Name}");
            }
        }
        return problems;
    }

    private static bool Compatible(string? dataType, Type type) => dataType switch
    {
        "int64" => type == typeof(int) || type == typeof(short) || type == typeof(long),
        "decimal" => type == typeof(decimal),
        "double" => type == typeof(decimal) || type == typeof(double),
        "string" => type == typeof(string),
        "dateTime" => type == typeof(DateOnly) || type == typeof(DateTime),
        "boolean" => type == typeof(bool),
        _ => false,
    };

    /// <summary>The .NET type of each column of a view: its table column's (DacFx), else what the view's SELECT says (a CAST, a literal, a CASE).</summary>
    public static IReadOnlyDictionary<string, Type?> ViewColumnTypes(TSqlObject view)
    {
        var columns = view.GetReferenced(View.Columns).ToList();
        var script = TSql.Parse(view.GetScript(), out _);
        var select = script.Batches.SelectMany(b => b.Statements).OfType<CreateViewStatement>().Single().SelectStatement;
        var spec = QueryResolution.FirstSelect(select.QueryExpression);
        var result = new Dictionary<string, Type?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var type = QueryResolution.ClrType(QueryResolution.BaseType(column));
            if (type is null && i < spec.SelectElements.Count && spec.SelectElements[i] is SelectScalarExpression s)
                type = ExpressionType(s.Expression, view);
            result[column.Name.Parts[^1]] = type;
        }
        return result;
    }

    private static Type? ExpressionType(ScalarExpression expression, TSqlObject view) => expression switch
    {
        SearchedCaseExpression c => c.WhenClauses.Select(w => w.ThenExpression).Append(c.ElseExpression).Where(e => e is not null and not NullLiteral)
            .Select(e => ExpressionType(e!, view)).FirstOrDefault(t => t is not null),
        ColumnReferenceExpression r => view.GetReferencedRelationshipInstances(DacQueryScopes.All)
            .Where(x => x.Object?.ObjectType == ModelSchema.Column && x.Object.Name.Parts.Count == 3
                        && !(string.Equals(x.Object.Name.Parts[0], view.Name.Parts[0], StringComparison.OrdinalIgnoreCase) && string.Equals(x.Object.Name.Parts[1], view.Name.Parts[1], StringComparison.OrdinalIgnoreCase))
                        && string.Equals(x.Object.Name.Parts[^1], r.MultiPartIdentifier.Identifiers[^1].Value, StringComparison.OrdinalIgnoreCase))
            .Select(x => QueryResolution.ClrType(QueryResolution.BaseType(x.Object))).FirstOrDefault(t => t is not null),
        _ => QueryResolution.ExpressionType(expression),
    };
}
