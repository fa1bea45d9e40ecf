using Reporting.Domain.Text;
using Reporting.Pipeline.Ingestion;

namespace Reporting.Service.Depot;

/// <summary>
/// Tells which files of the depot are ready to load: a file is ready when its size and last-modified time
/// did not change between two looks — the previous tick's, or two looks <see cref="ServiceSettings.SettleDelay"/>
/// apart for a file that is new or changed since then. A file still being copied (or saved) waits for the next
/// tick; so do the other CSV parts of its questionnaire (same <c>&lt;CODE&gt;</c> prefix), which load together.
/// </summary>
public sealed class DepotWatch(ServiceSettings settings)
{
    private readonly record struct Look(long Size, DateTime LastWriteUtc);

    private Dictionary<string, Look> _previous = new(StringComparer.Ordinal);

    /// <summary>Files of the depot that are ready now (full paths). Waits at most one settle delay.</summary>
    public async Task<IReadOnlySet<string>> ReadyFilesAsync(CancellationToken cancellationToken)
    {
        var first = Snapshot();
        var settled = first.Where(f => _previous.TryGetValue(f.Key, out var before) && before == f.Value).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var second = first;
        if (settled.Count < first.Count)
        {
            await Task.Delay(settings.SettleDelay, cancellationToken).ConfigureAwait(false);
            second = Snapshot();
            foreach (var (path, look) in first)
                if (second.TryGetValue(path, out var again) && again == look) settled.Add(path);
        }
        _previous = second;
        settled.IntersectWith(second.Keys);

        // A questionnaire's CSV parts load together: none of them while one is still moving.
        var moving = second.Keys.Where(p => !settled.Contains(p)).Select(Group).ToHashSet(StringComparer.Ordinal);
        settled.RemoveWhere(p => moving.Contains(Group(p)));
        return settled;
    }

    /// <summary>Files of the depot still waiting (present but not ready at the last look).</summary>
    public int Waiting(IReadOnlySet<string> ready) => _previous.Keys.Count(p => !ready.Contains(p));

    /// <summary>The questionnaire a CSV part would belong to, as the ingestion groups them (across the whole depot).</summary>
    private static string Group(string path) => TextKey.Of(Ingestion.QuestionnairePrefix(path));

    private Dictionary<string, Look> Snapshot()
    {
        var looks = new Dictionary<string, Look>(StringComparer.Ordinal);
        if (!Directory.Exists(settings.Depot)) return looks;
        var archives = Path.GetFullPath(settings.Archives) + Path.DirectorySeparatorChar;
        var quarantine = Path.GetFullPath(settings.Quarantine) + Path.DirectorySeparatorChar;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        foreach (var path in Directory.EnumerateFiles(settings.Depot, "*", options))
        {
            if (path.StartsWith(archives, StringComparison.Ordinal) || path.StartsWith(quarantine, StringComparison.Ordinal)) continue;
            try
            {
                var info = new FileInfo(path);
                if (info.Exists) looks[path] = new Look(info.Length, info.LastWriteTimeUtc);
            }
            catch (IOException)
            {
                // Gone or unreadable between the listing and the look: not ready.
            }
        }
        return looks;
    }
}
