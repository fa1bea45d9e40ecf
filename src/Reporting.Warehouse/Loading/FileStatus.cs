namespace Reporting.Warehouse.Loading;

/// <summary>What became of a file, as stored in <c>etl.source_file.status</c> and shown to coordinators.</summary>
public static class FileStatus
{
    /// <summary>Loaded; its rows are in the warehouse.</summary>
    public const string Loaded = "Chargé";

    /// <summary>Loaded once, then replaced by a newer version of the same (promeneur, year).</summary>
    public const string Replaced = "Remplacé";

    /// <summary>The same bytes were already ingested: skipped.</summary>
    public const string Duplicate = "Déjà chargé";

    /// <summary>Older than the version already loaded for the same (promeneur, year): skipped.</summary>
    public const string Older = "Version antérieure";

    /// <summary>Could not be loaded at all: moved to quarantine with a reason.</summary>
    public const string Quarantined = "En quarantaine";
}
