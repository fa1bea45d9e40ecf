using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Service.State;

namespace Reporting.Service.Annexes;

/// <summary>
/// <c>livraison.json</c>, written last in a delivery folder (<c>&lt;Sortie&gt;/&lt;département&gt;/&lt;aaaa-mm&gt;/</c>):
/// the files delivered and the data mark of the warehouse they were computed from. Its presence means the
/// delivery is complete; a greater mark in the warehouse means the data changed since. Kept beside the annexes
/// (shared by every node), so what is done never depends on a scheduler's memory.
/// </summary>
public sealed class DeliveryManifest
{
    public const string FileName = "livraison.json";

    [JsonPropertyName("destinataire")] public string Target { get; set; } = string.Empty;

    [JsonPropertyName("mois")] public string Month { get; set; } = string.Empty;

    /// <summary>The data mark (<c>queries/service_data_marks.sql</c>) of the warehouse when the files were written.</summary>
    [JsonPropertyName("marque_donnees")] public int DataMark { get; set; }

    [JsonPropertyName("premiere_livraison_le")] public DateTimeOffset FirstDeliveredAt { get; set; }

    [JsonPropertyName("ecrit_le")] public DateTimeOffset WrittenAt { get; set; }

    [JsonPropertyName("fichiers")] public List<string> Files { get; set; } = [];

    /// <summary>When the annexes were mailed (null: not yet, or no mail for this destination).</summary>
    [JsonPropertyName("courriel_envoye_le")] public DateTimeOffset? MailedAt { get; set; }

    /// <summary>Why the last mail failed (retried at the next tick).</summary>
    [JsonPropertyName("courriel_erreur")] public string? MailError { get; set; }

    /// <summary>The manifest of a folder, or null when the delivery is absent, unfinished or unreadable.</summary>
    public static DeliveryManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            var manifest = JsonSerializer.Deserialize<DeliveryManifest>(File.ReadAllText(path), ServiceState.Json);
            return manifest is not null && manifest.Files.All(f => File.Exists(Path.Combine(folder, f))) ? manifest : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest through a temporary file: it is whole or absent.</summary>
    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temporary = Path.Combine(folder, $".{FileName}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, ServiceState.Json), new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
