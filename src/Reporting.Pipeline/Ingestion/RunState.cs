using Reporting.Warehouse.Loading;

namespace Reporting.Pipeline.Ingestion;

/// <summary>
/// What a run needs to know of the warehouse, read once at its start instead of once per file (issue 11):
/// the files already ingested (by hash), the loaded version of each promeneur's tracking workbook per year,
/// and every promeneur version. The run keeps it up to date as it loads; it alone writes the warehouse
/// meanwhile (<see cref="IWarehouseWriter.LockForLoading"/>), so the copy stays exact.
/// </summary>
internal sealed class RunState
{
    private readonly IWarehouseWriter _writer;
    private readonly Dictionary<string, KnownFile> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<(string PromeneurId, int Year, string Kind), LoadedVersion> _current = [];
    private Dictionary<string, List<PromeneurVersion>>? _versions;

    private RunState(IWarehouseWriter writer) => _writer = writer;

    public static RunState Read(IWarehouseWriter writer)
    {
        var state = new RunState(writer);
        // Ordered by file_key: the first file with given bytes is the one named, as a lookup by hash named it.
        foreach (var f in writer.KnownFiles())
            state._byHash.TryAdd(f.Sha256, new KnownFile(f.FileKey, f.FileName, f.Status, f.ProcessedAt, f.OriginalPath, f.StoredPath));
        foreach (var c in writer.CurrentFiles())
            state._current[(c.PromeneurId, c.FileYear, c.Kind)] = new LoadedVersion(c.FileKey, c.FileName, c.LastModified, c.RowsLoaded);
        return state;
    }

    public KnownFile? FindByHash(string sha256) => _byHash.GetValueOrDefault(sha256);

    public LoadedVersion? CurrentTracking(string promeneurId, int year, string kind) => _current.GetValueOrDefault((promeneurId, year, kind));

    /// <summary>The versions of one promeneur, oldest first; every version is read at the first call after a change of the list.</summary>
    public IReadOnlyList<PromeneurVersion> VersionsOf(string promeneurId)
    {
        _versions ??= _writer.AllVersions().GroupBy(v => v.PromeneurId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.ValidFrom).ToList(), StringComparer.Ordinal);
        return _versions.TryGetValue(promeneurId, out var versions) ? versions : [];
    }

    /// <summary>A file was committed as loaded: its bytes are known from now on.</summary>
    public void Loaded(string sha256, int fileKey, string fileName, DateTime processedAt, string originalPath, string storedPath) =>
        _byHash.TryAdd(sha256, new KnownFile(fileKey, fileName, FileStatus.Loaded, processedAt, originalPath, storedPath));

    /// <summary>Where a known file is kept changed (left in the depot by a failed archiving, or archived since).</summary>
    public void Stored(string sha256, string storedPath)
    {
        if (_byHash.TryGetValue(sha256, out var known)) _byHash[sha256] = known with { StoredPath = storedPath };
    }

    /// <summary>A tracking workbook was committed: it is the loaded version of its promeneur and year.</summary>
    public void TrackingLoaded(string promeneurId, int year, string kind, LoadedVersion version) => _current[(promeneurId, year, kind)] = version;

    /// <summary>The promeneur list changed: versions are read again when next needed.</summary>
    public void PromeneursChanged() => _versions = null;
}
