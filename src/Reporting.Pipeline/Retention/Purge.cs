using System.Globalization;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Retention;

namespace Reporting.Pipeline.Retention;

/// <summary>A file kept by the program (archived or quarantined) that the purge deletes.</summary>
public sealed record KeptFile(string Path, long Size, DateOnly KeptOn);

/// <summary>What a purge will do (a dry run shows it; <see cref="Purge.Apply"/> does it).</summary>
public sealed record PurgePlan(int Years, DateOnly Cutoff, IReadOnlyList<PromeneurToPseudonymise> Promeneurs, IReadOnlyList<KeptFile> Files, IReadOnlyList<string> Folders)
{
    public long Bytes => Files.Sum(f => f.Size);
}

/// <summary>What a purge did.</summary>
public sealed record PurgeResult(PurgePlan Plan, int FilesDeleted, long BytesDeleted, IReadOnlyList<(string Path, string Message)> Failures);

/// <summary>
/// Retention (RGPD), the only deletion the product ever makes. With N years kept, the cut-off date is today minus N
/// years: the promeneurs whose labellisation ended before it are pseudonymised (names replaced; identifiers and every
/// figure kept), and the raw files kept before it — the dated folders <c>aaaa-mm-jj</c> of the archive and the
/// quarantine — are deleted. Nothing else is ever removed: only regular files inside a dated folder older than the
/// cut-off, directly under the archive or quarantine root, links not followed.
/// </summary>
public sealed class Purge(WarehouseSession session, TimeProvider clock, IReadOnlyList<string> roots)
{
    public const int MinimumYears = 1;

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint, // a link is not followed, nor deleted through
        IgnoreInaccessible = false,
    };

    public PurgePlan Plan(int years)
    {
        if (years < MinimumYears) throw new ArgumentOutOfRangeException(nameof(years), years, "At least one year is kept.");
        var cutoff = DateOnly.FromDateTime(clock.GetLocalNow().Date).AddYears(-years);
        var promeneurs = new RetentionStatements(session).PromeneursEndedBefore(cutoff);
        var files = new List<KeptFile>();
        var folders = roots.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        foreach (var root in folders.Where(Directory.Exists))
        {
            foreach (var dated in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint }))
            {
                if (!DateOnly.TryParseExact(Path.GetFileName(dated), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day >= cutoff)
                    continue;
                files.AddRange(Directory.EnumerateFiles(dated, "*", Walk).Select(f => new KeptFile(f, new FileInfo(f).Length, day)));
            }
        }
        return new PurgePlan(years, cutoff, promeneurs, files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), folders);
    }

    /// <summary>
    /// Records the purge and pseudonymises in one transaction, then deletes the files. The audit never misses a
    /// deletion: a file that could not be deleted is reported, and the next purge deletes it.
    /// </summary>
    public PurgeResult Apply(PurgePlan plan)
    {
        new RetentionStatements(session).Apply(
            new PurgeRecord(clock.GetUtcNow().UtcDateTime, plan.Years, plan.Cutoff, plan.Promeneurs.Count, plan.Files.Count, plan.Bytes, string.Join(" ; ", plan.Folders)),
            plan.Files.Select(f => f.Path).ToList());
        var failures = new List<(string, string)>();
        var deleted = 0;
        long bytes = 0;
        foreach (var file in plan.Files)
        {
            try
            {
                File.Delete(file.Path);
                deleted++;
                bytes += file.Size;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures.Add((file.Path, ex.Message));
            }
        }
        foreach (var root in plan.Folders.Where(Directory.Exists))
            RemoveEmptyDatedFolders(root, plan.Cutoff);
        return new PurgeResult(plan, deleted, bytes, failures);
    }

    private static void RemoveEmptyDatedFolders(string root, DateOnly cutoff)
    {
        foreach (var dated in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint }).ToList())
        {
            if (!DateOnly.TryParseExact(Path.GetFileName(dated), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day >= cutoff)
                continue;
            foreach (var folder in Directory.EnumerateDirectories(dated, "*", Walk).OrderByDescending(d => d.Length).Append(dated))
            {
                try
                {
                    if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
                }
                catch (IOException)
                {
                    // Not empty after all, or in use: left as it is.
                }
            }
        }
    }
}
