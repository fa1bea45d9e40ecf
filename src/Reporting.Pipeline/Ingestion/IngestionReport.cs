using Reporting.Domain.Contracts;
using Reporting.Domain.Model;

namespace Reporting.Pipeline.Ingestion;

/// <summary>What became of one file of the run.</summary>
public sealed record FileReport(
    string Path,
    InputKind Kind,
    string Status,
    int RowsLoaded,
    int RowsRejected,
    string? Message,
    IReadOnlyList<Rejection> Rejections,
    string? StoredPath)
{
    /// <summary>The earlier version of the same (promeneur, year) this file replaced, if any.</summary>
    public string? Replaces { get; init; }

    /// <summary>
    /// Set when the file was loaded (committed) but could not leave the depot for the archives: why, in French. The
    /// next run recognises it by its content and retries the move without a second archive copy.
    /// </summary>
    public string? NotArchived { get; init; }

    /// <summary>What the summary must point out about a file that loaded (months that disappeared from a new version, a local group over 15 members…), in French.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>The outcome of one ingestion run: every file and the totals the summary prints.</summary>
public sealed class IngestionReport
{
    public required string Depot { get; init; }

    public List<FileReport> Files { get; } = [];

    /// <summary>Files that could not be processed for a reason other than their content (left in the depot).</summary>
    public List<(string Path, string Message)> Errors { get; } = [];

    /// <summary>Why the run stopped before its end (no room left to write), or null; the files it did not reach stay in the depot.</summary>
    public string? Stopped { get; set; }

    /// <summary>True when every file was loaded and archived, skipped or quarantined as designed (rejected rows included): <c>charger</c> exits with 0.</summary>
    public bool Complete => Errors.Count == 0 && Stopped is null && NotArchived.Count == 0;

    /// <summary>Files loaded but left in the depot because the move to the archives failed.</summary>
    public IReadOnlyList<FileReport> NotArchived => Files.Where(f => f.NotArchived is not null).ToList();

    public int Count(string status) => Files.Count(f => f.Status == status);

    public int RowsLoaded => Files.Sum(f => f.RowsLoaded);

    public int RowsRejected => Files.Sum(f => f.RowsRejected);
}
