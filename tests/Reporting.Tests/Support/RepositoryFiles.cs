namespace Reporting.Tests.Support;

/// <summary>
/// The repository on disk, found by walking up from the test assembly to <c>Reporting.sln</c>:
/// tests read the <c>sql/</c> files themselves, never a copy from outside the repository.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string SqlFolder => Path.Combine(Root, "sql");

    /// <summary>
    /// The <c>.sql</c> files under <c>sql/{folder}</c>, recursively, named by their path under <c>sql/</c>
    /// with '/' separators (the names <c>SqlScripts</c> embeds them under), sorted ordinally.
    /// </summary>
    public static IReadOnlyList<string> SqlFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(SqlFolder, folder), "*.sql", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(SqlFolder, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The text of <c>sql/{name}</c>.</summary>
    public static string ReadSql(string name) => File.ReadAllText(Path.Combine(SqlFolder, name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reporting.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Reporting.sln not found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
