using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Queries;
using Spectre.Console;

namespace Reporting.Service.State;

/// <summary>
/// What <c>reporting etat</c> shows: the state file the service writes (readable while the service holds the
/// warehouse) and, when the warehouse can be opened, the last runs of its audit.
/// </summary>
public sealed class StatusReport
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [JsonPropertyName("fichier_etat")] public string StateFilePath { get; init; } = string.Empty;

    /// <summary>The service's state, or null when no service ever ran with this configuration.</summary>
    [JsonPropertyName("service")] public ServiceState? Service { get; init; }

    /// <summary>Why the state shown is not the one written (a process that ended without stopping).</summary>
    [JsonPropertyName("remarque")] public string? Note { get; init; }

    [JsonPropertyName("entrepot_lu")] public bool WarehouseRead { get; init; }

    /// <summary>Why the warehouse audit is not shown (busy, absent).</summary>
    [JsonPropertyName("entrepot_motif")] public string? WarehouseNote { get; init; }

    [JsonPropertyName("derniers_chargements")] public IReadOnlyList<RunSummary> LastRuns { get; init; } = [];

    /// <summary>Reads the state file and, if it can, the warehouse audit. Never waits for the warehouse.</summary>
    public static StatusReport Read(ServiceSettings settings)
    {
        var state = StateFile.Read(settings.StateFile);
        string? note = null;
        if (state is not null && state.Status != ServiceState.Stopped && state.Machine == Environment.MachineName && !IsAlive(state.ProcessId))
        {
            note = $"Le processus {state.ProcessId} du service n'existe plus : il s'est arrêté sans passer par l'arrêt normal (coupure, arrêt forcé). Relancez le service ; les fichiers restés dans le dépôt seront chargés.";
            state.Status = ServiceState.Stopped;
            foreach (var job in state.Jobs) job.NextRun = null;
        }
        var (runs, read, warehouseNote) = ReadAudit(settings.Warehouse);
        return new StatusReport { StateFilePath = settings.StateFile, Service = state, Note = note, WarehouseRead = read, WarehouseNote = warehouseNote, LastRuns = runs };
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static (IReadOnlyList<RunSummary> Runs, bool Read, string? Note) ReadAudit(WarehouseLocation location)
    {
        try
        {
            // Never creates nor migrates: a reading command only reads.
            using var session = WarehouseSession.Open(location, new WarehouseOpening { Access = WarehouseAccessMode.Read, LockWait = TimeSpan.Zero });
            return (new ServiceQueries(session).LastRuns(5), true, null);
        }
        catch (WarehouseUnavailableException ex)
        {
            return ([], false, $"Audit de l'entrepôt non lu : {ex.Message}");
        }
        catch (DbException ex)
        {
            return ([], false, $"Audit de l'entrepôt non lu : {ex.Message}");
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(ServiceState.Json)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The French table view.</summary>
    public void Write(IAnsiConsole console)
    {
        static string When(DateTimeOffset? t) => t is { } v ? v.ToString("dd/MM/yyyy HH:mm:ss", French) : "—";
        static string E(string? s) => Reporting.Outputs.Console.ConsoleText.Escape(s);
        string N(int n) => n.ToString("#,##0", French);

        if (Service is null)
        {
            console.MarkupLine($"[bold]Service PdN Reporting :[/] jamais démarré avec cette configuration (pas de fichier d'état {E(StateFilePath)}).");
        }
        else
        {
            var s = Service;
            console.MarkupLine($"[bold]Service PdN Reporting :[/] {E(s.Status)} (machine {E(s.Machine)}, processus {s.ProcessId}, démarré le {When(s.StartedAt)}, état du {When(s.UpdatedAt)})");
            if (Note is not null) console.MarkupLine($"[yellow]{E(Note)}[/]");
            console.MarkupLine($"[bold]Entrepôt :[/] {E(s.Warehouse)}");
            console.MarkupLine($"[bold]Dépôt :[/] {E(s.Depot)} ({N(s.FilesWaiting)} fichier{(s.FilesWaiting > 1 ? "s" : string.Empty)} en attente de stabilité)");
            console.MarkupLine($"[bold]Annexes :[/] {E(s.AnnexRoot)} · [bold]Journaux :[/] {E(s.LogFolder)}");
            console.WriteLine();

            var jobs = new Table().Border(TableBorder.Rounded).AddColumn("Tâche").AddColumn("Dernier passage").AddColumn("Résultat").AddColumn("Prochain passage");
            foreach (var j in s.Jobs)
            {
                var outcome = j.Outcome is null ? "—" : j.Reason is null ? j.Outcome : $"{j.Outcome} : {j.Reason}";
                jobs.AddRow(E(string.IsNullOrEmpty(j.Label) ? j.Name : j.Label), When(j.LastStart), E(outcome), When(j.NextRun));
            }
            console.Write(jobs);

            if (s.LastIngest is { } i)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]Dernier chargement[/] ({When(i.At)}{(i.Interrupted ? ", interrompu par l'arrêt du service" : string.Empty)}) : " +
                                   $"{N(i.FilesRead)} fichier{(i.FilesRead > 1 ? "s" : string.Empty)} lu{(i.FilesRead > 1 ? "s" : string.Empty)} · {N(i.Loaded)} chargé{(i.Loaded > 1 ? "s" : string.Empty)} · " +
                                   $"{N(i.Duplicates)} déjà chargé{(i.Duplicates > 1 ? "s" : string.Empty)} · {N(i.Older)} version{(i.Older > 1 ? "s" : string.Empty)} antérieure{(i.Older > 1 ? "s" : string.Empty)} · " +
                                   $"{N(i.Quarantined)} en quarantaine · {N(i.Errors)} en erreur ; {N(i.RowsLoaded)} ligne{(i.RowsLoaded > 1 ? "s" : string.Empty)} chargée{(i.RowsLoaded > 1 ? "s" : string.Empty)}, {N(i.RowsRejected)} rejetée{(i.RowsRejected > 1 ? "s" : string.Empty)}");
                foreach (var f in i.Files.Where(f => f.Reason is not null || f.RowsRejected > 0))
                    console.MarkupLine($"  {E(f.File)} ({E(f.Status)}{(f.RowsRejected > 0 ? $", {N(f.RowsRejected)} ligne{(f.RowsRejected > 1 ? "s" : string.Empty)} rejetée{(f.RowsRejected > 1 ? "s" : string.Empty)}" : string.Empty)}){(f.Reason is null ? string.Empty : " : " + E(f.Reason))}");
            }

            if (s.Deliveries.Count > 0)
            {
                console.WriteLine();
                console.MarkupLine("[bold]Annexes livrées[/] (les plus récentes d'abord) :");
                foreach (var d in s.Deliveries.Take(20))
                    console.MarkupLine($"  {When(d.At)} {(d.Target == "national" ? "national" : $"département {E(d.Target)}")} {E(d.Month)}{(d.Update ? " (mise à jour)" : string.Empty)} : " +
                                       $"{N(d.Files.Count)} classeur{(d.Files.Count > 1 ? "s" : string.Empty)} dans {E(d.Folder)}{(d.Mail is null ? string.Empty : $" ; courriel {E(d.Mail)}")}");
            }
        }

        console.WriteLine();
        if (!WarehouseRead)
        {
            console.MarkupLine($"[grey]{E(WarehouseNote)}[/]");
            return;
        }
        if (LastRuns.Count == 0)
        {
            console.MarkupLine("[bold]Derniers chargements de l'entrepôt :[/] aucun.");
            return;
        }
        var runs = new Table().Border(TableBorder.Rounded).Title("Derniers chargements enregistrés dans l'entrepôt")
            .AddColumn("N°").AddColumn("Début").AddColumn(new TableColumn("Lus").RightAligned()).AddColumn(new TableColumn("Chargés").RightAligned())
            .AddColumn(new TableColumn("Ignorés").RightAligned()).AddColumn(new TableColumn("Quarant.").RightAligned()).AddColumn(new TableColumn("Lignes").RightAligned())
            .AddColumn(new TableColumn("Rejetées").RightAligned()).AddColumn("Statut");
        foreach (var r in LastRuns)
            runs.AddRow(N(r.RunKey), r.StartedAt.ToString("dd/MM/yyyy HH:mm", French), N(r.FilesSeen), N(r.FilesLoaded),
                N(r.FilesSkipped), N(r.FilesQuarantined), N(r.RowsLoaded), N(r.RowsRejected), E(r.Status));
        console.Write(runs);
    }
}
