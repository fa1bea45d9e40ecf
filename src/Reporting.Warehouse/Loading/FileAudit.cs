namespace Reporting.Warehouse.Loading;

/// <summary>The facts about one file that its audit row keeps (<c>etl.source_file</c>).</summary>
public sealed record FileAudit(
    int RunKey,
    string FileName,
    string OriginalPath,
    string? StoredPath,
    string Sha256,
    long SizeBytes,
    DateTime LastModified,
    string Kind,
    DateTime ProcessedAt)
{
    public string? PromeneurId { get; init; }

    public int? Year { get; init; }
}

/// <summary>A file with the same bytes ingested before.</summary>
public sealed record KnownFile(int FileKey, string FileName, string Status, DateTime ProcessedAt)
{
    /// <summary>With where the file was read and where it is kept (<c>source_file_find_by_hash.sql</c>).</summary>
    public KnownFile(int fileKey, string fileName, string status, DateTime processedAt, string originalPath, string? storedPath)
        : this(fileKey, fileName, status, processedAt)
    {
        OriginalPath = originalPath;
        StoredPath = storedPath;
    }

    public string? OriginalPath { get; init; }

    public string? StoredPath { get; init; }
}

/// <summary>The loaded version of a tracking workbook.</summary>
public sealed record LoadedVersion(int FileKey, string FileName, DateTime LastModified, int RowsLoaded = 0);

/// <summary>One stored version of a promeneur (type 2 history).</summary>
public sealed record PromeneurVersion(
    int PromeneurKey,
    string PromeneurId,
    string LastName,
    string FirstName,
    string StructureCode,
    int StructureKey,
    string DepartementCode,
    string Label,
    string? Job,
    DateOnly LabelledFrom,
    DateOnly? LabelledTo,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    short IsCurrent);

/// <summary>Totals of one ingestion run, written to <c>etl.run</c>.</summary>
public sealed record RunTotals(int FilesSeen, int FilesLoaded, int FilesSkipped, int FilesQuarantined, int RowsLoaded, int RowsRejected, string Status);

/// <summary>A file ingested before (loaded, or loaded then replaced), with its hash: read once per run.</summary>
public sealed class KnownFileRow
{
    public string Sha256 { get; set; } = string.Empty;
    public int FileKey { get; set; }
    public string FileName { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public DateTime ProcessedAt { get; set; }
    public string OriginalPath { get; set; } = string.Empty;
    public string? StoredPath { get; set; }
}

/// <summary>The loaded version of a promeneur's tracking workbook (or other yearly file) for a year: read once per run.</summary>
public sealed class CurrentFileRow
{
    public string PromeneurId { get; set; } = string.Empty;
    public int FileYear { get; set; }
    public string Kind { get; set; } = string.Empty;
    public int FileKey { get; set; }
    public string FileName { get; set; } = string.Empty;
    public DateTime LastModified { get; set; }
    public int RowsLoaded { get; set; }
}
