using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Service.State;

/// <summary>
/// What the running service says about itself, written atomically to <c>etat.json</c> in <c>Service:Dossier</c>
/// after every change and read by <c>reporting etat</c> — which therefore works while the service holds the
/// warehouse. Keys are French: the file is documented for operators (README, « Service planifié »).
/// </summary>
public sealed class ServiceState
{
    public const string Starting = "démarrage", Running = "en marche", Stopping = "arrêt en cours", Stopped = "arrêté";

    [JsonPropertyName("etat")] public string Status { get; set; } = Starting;

    [JsonPropertyName("machine")] public string Machine { get; set; } = string.Empty;

    [JsonPropertyName("processus")] public int ProcessId { get; set; }

    [JsonPropertyName("demarre_le")] public DateTimeOffset? StartedAt { get; set; }

    [JsonPropertyName("mis_a_jour_le")] public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("entrepot")] public string Warehouse { get; set; } = string.Empty;

    [JsonPropertyName("depot")] public string Depot { get; set; } = string.Empty;

    [JsonPropertyName("annexes")] public string AnnexRoot { get; set; } = string.Empty;

    [JsonPropertyName("journaux")] public string LogFolder { get; set; } = string.Empty;

    [JsonPropertyName("taches")] public List<JobState> Jobs { get; set; } = [];

    [JsonPropertyName("fichiers_en_attente")] public int FilesWaiting { get; set; }

    [JsonPropertyName("dernier_chargement")] public IngestSummary? LastIngest { get; set; }

    /// <summary>The most recent deliveries first (at most <see cref="MaxDeliveries"/>).</summary>
    [JsonPropertyName("annexes_livrees")] public List<DeliveryRecord> Deliveries { get; set; } = [];

    public const int MaxDeliveries = 100;

    public JobState Job(string name)
    {
        var job = Jobs.FirstOrDefault(j => j.Name == name);
        if (job is null)
        {
            job = new JobState { Name = name };
            Jobs.Add(job);
        }
        return job;
    }

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

/// <summary>One job of the scheduler: its last and next run and how the last one ended.</summary>
public sealed class JobState
{
    public const string Succeeded = "réussi", Failed = "échec", Running = "en cours", Postponed = "reporté";

    [JsonPropertyName("nom")] public string Name { get; set; } = string.Empty;

    [JsonPropertyName("libelle")] public string Label { get; set; } = string.Empty;

    [JsonPropertyName("dernier_debut")] public DateTimeOffset? LastStart { get; set; }

    [JsonPropertyName("derniere_fin")] public DateTimeOffset? LastEnd { get; set; }

    [JsonPropertyName("prochain_passage")] public DateTimeOffset? NextRun { get; set; }

    [JsonPropertyName("resultat")] public string? Outcome { get; set; }

    /// <summary>Why the last run failed or was postponed, in French; null when it succeeded.</summary>
    [JsonPropertyName("raison")] public string? Reason { get; set; }
}

/// <summary>What the last ingest did with the files of the depot.</summary>
public sealed class IngestSummary
{
    [JsonPropertyName("le")] public DateTimeOffset At { get; set; }

    [JsonPropertyName("fichiers_lus")] public int FilesRead { get; set; }

    [JsonPropertyName("charges")] public int Loaded { get; set; }

    [JsonPropertyName("deja_charges")] public int Duplicates { get; set; }

    [JsonPropertyName("versions_anterieures")] public int Older { get; set; }

    [JsonPropertyName("en_quarantaine")] public int Quarantined { get; set; }

    [JsonPropertyName("en_erreur")] public int Errors { get; set; }

    [JsonPropertyName("lignes_chargees")] public int RowsLoaded { get; set; }

    [JsonPropertyName("lignes_rejetees")] public int RowsRejected { get; set; }

    [JsonPropertyName("interrompu")] public bool Interrupted { get; set; }

    [JsonPropertyName("fichiers")] public List<FileOutcome> Files { get; set; } = [];
}

/// <summary>One file of an ingest: its name, what became of it, rows, and the reason of a quarantine or an error.</summary>
public sealed class FileOutcome
{
    [JsonPropertyName("fichier")] public string File { get; set; } = string.Empty;

    [JsonPropertyName("statut")] public string Status { get; set; } = string.Empty;

    [JsonPropertyName("lignes_chargees")] public int RowsLoaded { get; set; }

    [JsonPropertyName("lignes_rejetees")] public int RowsRejected { get; set; }

    [JsonPropertyName("motif")] public string? Reason { get; set; }
}

/// <summary>Annexes written for a département (or <c>national</c>) and a month.</summary>
public sealed class DeliveryRecord
{
    [JsonPropertyName("destinataire")] public string Target { get; set; } = string.Empty;

    [JsonPropertyName("mois")] public string Month { get; set; } = string.Empty;

    [JsonPropertyName("le")] public DateTimeOffset At { get; set; }

    [JsonPropertyName("mise_a_jour")] public bool Update { get; set; }

    [JsonPropertyName("dossier")] public string Folder { get; set; } = string.Empty;

    [JsonPropertyName("fichiers")] public List<string> Files { get; set; } = [];

    [JsonPropertyName("courriel")] public string? Mail { get; set; }
}
