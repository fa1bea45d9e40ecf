extern alias JsonEverything;

using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonEverything::Json.Schema;
using Reporting.PowerBi.Project;
using Reporting.Tests.Support;

namespace Reporting.Tests.PowerBi;

/// <summary>
/// Microsoft's JSON schemas of PBIP files, from the pinned copies under <c>powerbi/schemas/fabric</c>, by the URL a
/// file declares in <c>$schema</c> (<c>https://developer.microsoft.com/json-schemas/fabric/…</c>). Some of Microsoft's
/// files carry an <c>$id</c> that differs from their path; each is registered under its path URL (the one the others
/// reference), its <c>$id</c> rewritten in memory only.
/// </summary>
public static class PbipSchemas
{
    public const string BaseUrl = "https://developer.microsoft.com/json-schemas/";

    private static readonly Lazy<(SchemaRegistry Registry, BuildOptions Options)> Registry = new(Load);
    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(RepositoryFiles.Root, "powerbi", "schemas");

    /// <summary>Every problem of every JSON file of the project (.json, .pbir, .pbism, .pbip): no <c>$schema</c>, an unknown one, or a violation.</summary>
    public static IReadOnlyList<string> Problems(PbipProject project)
    {
        var problems = new List<string>();
        foreach (var (path, text) in project.Files.Where(f => IsJson(f.Key)))
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException ex)
            {
                problems.Add($"{path}: not JSON ({ex.Message})");
                continue;
            }
            var url = node?["$schema"]?.GetValue<string>();
            if (url is null || !url.StartsWith(BaseUrl, StringComparison.Ordinal))
            {
                problems.Add($"{path}: no $schema of Microsoft's ({url ?? "none"})");
                continue;
            }
            var schema = Schema(url);
            if (schema is null)
            {
                problems.Add($"{path}: schema {url} is not among the pinned copies (powerbi/schemas)");
                continue;
            }
            using var document = JsonDocument.Parse(text);
            var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid) continue;
            foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5))
                problems.Add($"{path} @ {detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}");
            if (results.Details is null or { Count: 0 }) problems.Add($"{path}: does not validate against {url}");
        }
        return problems;
    }

    public static bool IsJson(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".pbir", StringComparison.Ordinal) ||
        path.EndsWith(".pbism", StringComparison.Ordinal) || path.EndsWith(".pbip", StringComparison.Ordinal);

    private static JsonSchema? Schema(string url)
    {
        var (_, options) = Registry.Value;
        var file = PathOf(url);
        if (file is null) return null;
        return Built.GetOrAdd(url, u => JsonSchema.FromText(Text(file, u), options, new Uri(u)));
    }

    private static string? PathOf(string url)
    {
        var relative = new Uri(url).GetLeftPart(UriPartial.Path)[BaseUrl.Length..];
        var file = Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(file) ? file : null;
    }

    private static string Text(string file, string url)
    {
        var node = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        node["$id"] = url;
        return node.ToJsonString();
    }

    private static (SchemaRegistry, BuildOptions) Load()
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        registry.Fetch = (uri, _) =>
        {
            var url = uri.GetLeftPart(UriPartial.Path);
            var file = PathOf(url);
            return file is null ? null : Built.GetOrAdd(url, u => JsonSchema.FromText(Text(file, u), options, new Uri(u)));
        };
        return (registry, options);
    }
}
