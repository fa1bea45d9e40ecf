using System.Globalization;
using Microsoft.Extensions.Configuration;
using Quartz;
using Reporting.Indicators.Computation;
using Reporting.Pipeline.Ingestion;
using Reporting.Warehouse.Engine;

namespace Reporting.Service;

/// <summary>How the service sends the new annexes by mail (<c>Service:Courriel</c>; absent: no mail).</summary>
public sealed record MailSettings(
    string Host,
    int Port,
    string Sender,
    MailSecurity Security,
    string? User,
    string? Password,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Recipients);

/// <summary>The TLS choices of <c>Service:Courriel:Tls</c>.</summary>
public enum MailSecurity
{
    /// <summary><c>Auto</c>: TLS on port 465, STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary><c>Aucun</c>: no encryption (a relay inside the CAF network only).</summary>
    Aucun,

    /// <summary><c>StartTls</c>: STARTTLS required.</summary>
    StartTls,

    /// <summary><c>Ssl</c>: TLS from the first byte (port 465).</summary>
    Ssl,
}

/// <summary>
/// Everything the service reads from its configuration, resolved once at start-up with French messages for
/// what is wrong. Keys: <c>Entrepot</c>, <c>Depot</c>, <c>Archives</c>, <c>Quarantaine</c>, <c>Annexes:Sortie</c>,
/// <c>SecretStatistique:Seuil</c>, and the <c>Service</c> section (README, « Service planifié »).
/// </summary>
public sealed record ServiceSettings
{
    public const string Section = "Service";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);

    public const string DefaultMonthlyCron = "0 0 6 2 * ?";

    public const int DefaultCatchUpMonths = 3;

    public static readonly TimeSpan DefaultSettleDelay = TimeSpan.FromSeconds(5);

    public required WarehouseLocation Warehouse { get; init; }

    public required string Depot { get; init; }

    public required string Archives { get; init; }

    public required string Quarantine { get; init; }

    /// <summary><c>Annexes:Sortie</c>: the annexes go to <c>&lt;Sortie&gt;/&lt;département&gt;/&lt;aaaa-mm&gt;/</c> and <c>&lt;Sortie&gt;/national/&lt;aaaa-mm&gt;/</c>.</summary>
    public required string AnnexRoot { get; init; }

    /// <summary><c>Service:Dossier</c>: where the service keeps its state file (<c>etat.json</c>).</summary>
    public required string StateFolder { get; init; }

    /// <summary><c>Service:Journaux</c>: the daily log files.</summary>
    public required string LogFolder { get; init; }

    public required TimeSpan IngestInterval { get; init; }

    public required string MonthlyCron { get; init; }

    public required int CatchUpMonths { get; init; }

    /// <summary><c>Service:DelaiStabilite</c>: the pause between the two looks at a new file (size and date unchanged).</summary>
    public required TimeSpan SettleDelay { get; init; }

    public required int SecrecyThreshold { get; init; }

    /// <summary><c>AttenteVerrou</c> (seconds, as for the commands): how long a job waits for a warehouse another program holds before it is postponed to the next tick.</summary>
    public TimeSpan LockWait { get; init; } = WarehouseOpening.DefaultLockWait;

    public MailSettings? Mail { get; init; }

    /// <summary>True when a <c>PowerBi</c> section is configured: a refresh follows every ingest that changed rows.</summary>
    public bool PowerBiConfigured { get; init; }

    public string StateFile => Path.Combine(StateFolder, "etat.json");

    public IngestOptions IngestOptions(Func<string, bool>? accept = null) => new(Depot, Archives, Quarantine) { Accept = accept };

    /// <summary>Reads and checks the configuration; throws <see cref="ServiceConfigurationException"/> with a French message.</summary>
    public static ServiceSettings From(IConfiguration configuration)
    {
        var warehouse = WarehouseLocation.Parse(configuration["Entrepot"]).WithPassword(configuration["SqlServer:MotDePasse"]);
        // Beside the DuckDB file; for SQL Server, beside the default file path (./donnees).
        var anchor = warehouse.Engine == WarehouseEngine.DuckDb ? warehouse.Target : Path.GetFullPath(WarehouseLocation.DefaultPath);
        var beside = Path.GetDirectoryName(anchor)!;
        string Folder(string key, string fallback) =>
            Path.GetFullPath(string.IsNullOrWhiteSpace(configuration[key]) ? fallback : configuration[key]!);

        var service = configuration.GetSection(Section);
        var stateFolder = Folder($"{Section}:Dossier", Path.Combine(beside, "service"));
        return new ServiceSettings
        {
            Warehouse = warehouse,
            Depot = Folder("Depot", Path.Combine(beside, "depot")),
            Archives = Folder("Archives", Path.Combine(beside, "archives")),
            Quarantine = Folder("Quarantaine", Path.Combine(beside, "quarantaine")),
            AnnexRoot = Folder("Annexes:Sortie", Path.Combine(beside, "annexes")),
            StateFolder = stateFolder,
            LogFolder = Folder($"{Section}:Journaux", Path.Combine(stateFolder, "journaux")),
            IngestInterval = Duration(service, "IntervalleChargement", DefaultInterval, TimeSpan.FromSeconds(1)),
            MonthlyCron = Cron(service["AnnexesMensuelles"]),
            CatchUpMonths = Months(service["Rattrapage"]),
            SettleDelay = Duration(service, "DelaiStabilite", DefaultSettleDelay, TimeSpan.Zero),
            SecrecyThreshold = Threshold(configuration["SecretStatistique:Seuil"]),
            LockWait = Wait(configuration["AttenteVerrou"]),
            Mail = MailFrom(service.GetSection("Courriel")),
            PowerBiConfigured = configuration.GetSection("PowerBi").Exists(),
        };
    }

    private static TimeSpan Duration(IConfiguration section, string key, TimeSpan fallback, TimeSpan minimum)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) || value < minimum)
            throw new ServiceConfigurationException($"Valeur « {text} » invalide pour {Section}:{key} : une durée hh:mm:ss est attendue (ex. 00:15:00){(minimum > TimeSpan.Zero ? $", au moins {minimum:hh\\:mm\\:ss}" : string.Empty)}.");
        return value;
    }

    private static string Cron(string? text)
    {
        var cron = string.IsNullOrWhiteSpace(text) ? DefaultMonthlyCron : text.Trim();
        if (!CronExpression.TryParse(cron, out _))
            throw new ServiceConfigurationException($"Valeur « {cron} » invalide pour {Section}:AnnexesMensuelles : une expression cron Quartz est attendue (secondes minutes heures jour mois jour-de-semaine, ex. « {DefaultMonthlyCron} » pour le 2 de chaque mois à 6 h).");
        return cron;
    }

    private static int Months(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DefaultCatchUpMonths;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var months) || months is < 1 or > 24)
            throw new ServiceConfigurationException($"Valeur « {text} » invalide pour {Section}:Rattrapage : un nombre de mois entre 1 et 24 est attendu.");
        return months;
    }

    private static TimeSpan Wait(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return WarehouseOpening.DefaultLockWait;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
            throw new ServiceConfigurationException($"Valeur « {text} » invalide pour AttenteVerrou : un nombre de secondes positif ou nul est attendu (0 : ne pas attendre).");
        return TimeSpan.FromSeconds(seconds);
    }

    private static int Threshold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return StatisticalSecrecy.DefaultThreshold;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < StatisticalSecrecy.MinimumThreshold)
            throw new ServiceConfigurationException($"Valeur « {text} » invalide pour SecretStatistique:Seuil : un entier d'au moins {StatisticalSecrecy.MinimumThreshold} est attendu.");
        return value;
    }

    private static MailSettings? MailFrom(IConfigurationSection mail)
    {
        if (!mail.Exists() || string.IsNullOrWhiteSpace(mail["Serveur"])) return null;
        var key = $"{Section}:Courriel";
        if (string.IsNullOrWhiteSpace(mail["Expediteur"]))
            throw new ServiceConfigurationException($"{key}:Expediteur manquant : l'adresse qui envoie les annexes est obligatoire quand {key}:Serveur est indiqué.");
        var port = 25;
        if (!string.IsNullOrWhiteSpace(mail["Port"]) && (!int.TryParse(mail["Port"], NumberStyles.Integer, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            throw new ServiceConfigurationException($"Valeur « {mail["Port"]} » invalide pour {key}:Port : un numéro de port entre 1 et 65535 est attendu.");
        var tls = mail["Tls"];
        var security = MailSecurity.Auto;
        if (!string.IsNullOrWhiteSpace(tls) && !Enum.TryParse(tls, ignoreCase: true, out security))
            throw new ServiceConfigurationException($"Valeur « {tls} » invalide pour {key}:Tls : Auto, Aucun, StartTls ou Ssl est attendu.");
        var recipients = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in mail.GetSection("Destinataires").GetChildren())
        {
            // "50": "a@caf.fr;b@caf.fr" or "50": ["a@caf.fr", "b@caf.fr"]
            var values = entry.Value is not null ? [entry.Value] : entry.GetChildren().Select(c => c.Value ?? string.Empty);
            var addresses = values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (addresses.Count > 0) recipients[entry.Key] = addresses;
        }
        return new MailSettings(mail["Serveur"]!.Trim(), port, mail["Expediteur"]!.Trim(), security,
            string.IsNullOrWhiteSpace(mail["Utilisateur"]) ? null : mail["Utilisateur"], mail["MotDePasse"], recipients);
    }
}

/// <summary>A configuration the service cannot start with; the message is French and names the key.</summary>
public sealed class ServiceConfigurationException(string message) : Exception(message);
