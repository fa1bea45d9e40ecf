using System.Text;
using System.Text.Json;

namespace Reporting.Service.State;

/// <summary>
/// The service's state file: every change is written to a temporary file beside it, flushed, then renamed over
/// it, so a reader (<c>reporting etat</c>) sees the previous state or the new one, never half of one.
/// </summary>
public sealed class StateFile(string path, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly ServiceState _state = new();

    public string Path { get; } = path;

    /// <summary>Changes the state and writes it.</summary>
    public void Update(Action<ServiceState> change)
    {
        lock (_lock)
        {
            change(_state);
            _state.UpdatedAt = clock.GetLocalNow();
            Write(Path, _state);
        }
    }

    /// <summary>A copy of the current state (what was last written).</summary>
    public ServiceState Snapshot()
    {
        lock (_lock) return JsonSerializer.Deserialize<ServiceState>(JsonSerializer.Serialize(_state, ServiceState.Json), ServiceState.Json)!;
    }

    public static void Write(string path, ServiceState state)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(state, ServiceState.Json)));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The state a service wrote, or null when there is none (never started here) or it cannot be read.</summary>
    public static ServiceState? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<ServiceState>(File.ReadAllText(path), ServiceState.Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
