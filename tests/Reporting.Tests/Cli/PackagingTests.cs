using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Reporting.Tests.Cli;

/// <summary>
/// The program as it is shipped: <c>reporting.dll</c> with its <c>reporting.deps.json</c> (copied beside the tests).
/// A build that succeeds proves nothing about assemblies loaded lazily (DacFx loads MSAL only when a connection
/// fails): every assembly that any assembly of the program references, transitively, must be listed in the
/// program's deps.json or be part of the .NET runtime, at the version referenced or newer.
/// </summary>
public sealed class PackagingTests
{
    private static string Bin => AppContext.BaseDirectory;

    [Fact]
    public void Every_assembly_the_program_references_is_shipped_with_it()
    {
        var shipped = ShippedAssemblies();
        var framework = Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Version: VersionOf(f)))
            .Where(a => a.Version is not null)
            .ToDictionary(a => a.Name, a => a.Version!, StringComparer.OrdinalIgnoreCase);

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(["reporting"]);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || !shipped.TryGetValue(name, out var file)) continue;
            foreach (var (reference, version) in References(file))
            {
                var available = shipped.TryGetValue(reference, out var path) ? VersionOf(path)
                    : framework.GetValueOrDefault(reference);
                if (available is null || available < version)
                    missing.Add($"{Path.GetFileName(file)} → {reference} {version} (trouvé : {available?.ToString() ?? "absent"})");
                else if (shipped.ContainsKey(reference))
                    pending.Push(reference);
            }
        }

        Assert.True(seen.Count > 50, $"only {seen.Count} assemblies reached from reporting.dll");
        Assert.Contains("Microsoft.SqlServer.Dac", seen);
        Assert.Contains("Microsoft.Identity.Client", seen);
        Assert.True(missing.Count == 0, "Assemblies referenced but not shipped:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_warehouse_runtime_does_not_carry_DacFx()
    {
        var references = References(Path.Combine(Bin, "Reporting.Warehouse.dll")).Select(r => r.Name).ToList();

        Assert.Contains("Microsoft.Data.SqlClient", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.SqlServer.Dac", StringComparison.Ordinal));
        Assert.Contains("Microsoft.SqlServer.Dac", References(Path.Combine(Bin, "Reporting.Warehouse.Deployment.dll")).Select(r => r.Name));
    }

    /// <summary>The assemblies reporting.deps.json lists for this platform, by name, with their file beside the tests.</summary>
    private static Dictionary<string, string> ShippedAssemblies()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bin, "reporting.deps.json")));
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in target.EnumerateObject())
        {
            if (library.Value.TryGetProperty("runtime", out var runtime))
                foreach (var asset in runtime.EnumerateObject())
                    Add(Path.GetFileName(asset.Name));
            if (library.Value.TryGetProperty("runtimeTargets", out var targets))
                foreach (var asset in targets.EnumerateObject().Where(a => a.Name.StartsWith("runtimes/unix/", StringComparison.Ordinal) && a.Name.EndsWith(".dll", StringComparison.Ordinal)))
                    result[Path.GetFileNameWithoutExtension(asset.Name)] = Path.Combine(Bin, asset.Name);
        }
        return result;

        void Add(string fileName)
        {
            var path = Path.Combine(Bin, fileName);
            Assert.True(File.Exists(path), $"{fileName} is listed in reporting.deps.json but absent from the output");
            result.TryAdd(Path.GetFileNameWithoutExtension(fileName), path);
        }
    }

    private static List<(string Name, Version Version)> References(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => (metadata.GetString(r.Name), r.Version))
            .ToList();
    }

    private static Version? VersionOf(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            return pe.HasMetadata ? pe.GetMetadataReader().GetAssemblyDefinition().Version : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }
}
