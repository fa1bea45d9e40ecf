using Reporting.Sources.Documents;

namespace Reporting.Pipeline.Ingestion;

/// <summary>Where an ingestion run reads and where it keeps what it read.</summary>
public sealed record IngestOptions(string Depot, string ArchiveRoot, string QuarantineRoot)
{
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>
    /// The files of the depot the run takes (null: all). The scheduled service passes the files whose size and
    /// date did not change between two looks, so a file still being copied waits for the next run.
    /// </summary>
    public Func<string, bool>? Accept { get; init; }

    /// <summary>The archive and quarantine folders beside a DuckDB warehouse file.</summary>
    public static (string Archives, string Quarantaine) DefaultFoldersBeside(string warehouseFile)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(warehouseFile)) ?? Directory.GetCurrentDirectory();
        return (Path.Combine(root, "archives"), Path.Combine(root, "quarantaine"));
    }
}
