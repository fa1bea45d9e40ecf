using System.Reflection;
using System.Text;

namespace Reporting.PowerBi.Project;

/// <summary>
/// The files of the Power BI project (<c>powerbi/Reporting.SemanticModel</c> and <c>powerbi/Reporting.Report</c>), by their
/// path under <c>powerbi/</c> with '/' separators. The program embeds them (« reporting powerbi publier » works from an
/// installed program); tests read them from the repository, or change an in-memory copy to prove a check fails.
/// </summary>
public sealed class PbipProject
{
    public const string SemanticModelFolder = "Reporting.SemanticModel";
    public const string ReportFolder = "Reporting.Report";

    private static readonly Lazy<PbipProject> EmbeddedProject = new(LoadEmbedded);

    public PbipProject(IReadOnlyDictionary<string, string> files)
    {
        Files = new SortedDictionary<string, string>(files.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);
    }

    /// <summary>Path under <c>powerbi/</c> → UTF-8 text.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The project the program embeds.</summary>
    public static PbipProject Embedded => EmbeddedProject.Value;

    /// <summary>The project in a folder (the repository's <c>powerbi/</c>), without Desktop's local files (<c>.pbi/</c>) or the vendored schemas.</summary>
    public static PbipProject FromFolder(string powerbi)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shortcut in Directory.EnumerateFiles(powerbi, "*.pbip"))
            files[Path.GetFileName(shortcut)] = File.ReadAllText(shortcut, new UTF8Encoding(false));
        foreach (var folder in new[] { SemanticModelFolder, ReportFolder })
        {
            var root = Path.Combine(powerbi, folder);
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(powerbi, path).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Contains("/.pbi/", StringComparison.Ordinal)) continue;
                files[relative] = File.ReadAllText(path, new UTF8Encoding(false));
            }
        }
        return new PbipProject(files);
    }

    /// <summary>A copy with one file replaced (or added); null text removes it.</summary>
    public PbipProject With(string path, string? text)
    {
        var files = Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        if (text is null) files.Remove(path);
        else files[path] = text;
        return new PbipProject(files);
    }

    /// <summary>A copy where <paramref name="find"/> is replaced once in the file at <paramref name="path"/> (throws when absent).</summary>
    public PbipProject Replace(string path, string find, string replacement)
    {
        var text = Files[path];
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"« {find} » not found in {path}.", nameof(find));
        return With(path, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    /// <summary>The TMDL files of the semantic model, by their path under <c>definition/</c>.</summary>
    public IEnumerable<(string Path, string Text)> TmdlFiles =>
        Files.Where(f => f.Key.StartsWith(SemanticModelFolder + "/definition/", StringComparison.Ordinal) && f.Key.EndsWith(".tmdl", StringComparison.Ordinal))
            .Select(f => (f.Key, f.Value));

    /// <summary>The semantic model read from the TMDL files.</summary>
    public SemanticModelDefinition Model() => SemanticModelDefinition.Read(TmdlFiles);

    private static PbipProject LoadEmbedded()
    {
        var assembly = typeof(PbipProject).Assembly;
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("powerbi/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            files[name["powerbi/".Length..]] = reader.ReadToEnd();
        }
        return new PbipProject(files);
    }
}
