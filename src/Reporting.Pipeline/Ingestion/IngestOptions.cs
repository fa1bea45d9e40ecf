using Reporting.Sources.Documents;

namespace Reporting.Pipeline.Ingestion;

/// <summary>Where an ingestion run reads and where it keeps what it read.</summary>
public sealed record IngestOptions(string Depot, string ArchiveRoot, string QuarantineRoot)
{
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>The archive and quarantine folders beside a DuckDB warehouse file.</summary>
    public static (string Archives, string Quarantaine) DefaultFoldersBeside(string warehouseFile)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(warehouseFile)) ?? Directory.GetCurrentDirectory();
        return (Path.Combine(root, "archives"), Path.Combine(root, "quarantaine"));
    }
}
