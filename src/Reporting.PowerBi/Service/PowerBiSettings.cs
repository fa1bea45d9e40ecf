namespace Reporting.PowerBi.Service;

/// <summary>
/// Where and as whom the program talks to the Power BI service (configuration section <c>PowerBi</c>, README
/// « Power BI »). The secret is never printed: <see cref="ToString"/> leaves it out.
/// </summary>
public sealed record PowerBiSettings
{
    public const string PowerBiScope = "https://analysis.windows.net/powerbi/api/.default";
    public const string FabricScope = "https://api.fabric.microsoft.com/.default";
    public const string DatasetReadScope = "https://analysis.windows.net/powerbi/api/Dataset.Read.All";

    /// <summary>Microsoft Entra tenant (<c>PowerBi:Locataire</c>): its id or domain.</summary>
    public string? Tenant { get; init; }

    /// <summary>Application (client) id of the app registration (<c>PowerBi:ClientId</c>).</summary>
    public string? ClientId { get; init; }

    /// <summary>Client secret of the service principal (<c>PowerBi:Secret</c>, user secrets or environment only).</summary>
    public string? Secret { get; init; }

    /// <summary>Workspace id (<c>PowerBi:EspaceDeTravail</c>).</summary>
    public string? Workspace { get; init; }

    /// <summary>Semantic model (dataset) id (<c>PowerBi:JeuDeDonnees</c>); « publier » finds it by name when empty.</summary>
    public string? Dataset { get; init; }

    public string ModelName { get; init; } = "PdN Reporting";

    public string ReportName { get; init; } = "PdN Reporting";

    public Uri Authority { get; init; } = new("https://login.microsoftonline.com/");

    public Uri PowerBiApi { get; init; } = new("https://api.powerbi.com/v1.0/myorg/");

    public Uri FabricApi { get; init; } = new("https://api.fabric.microsoft.com/v1/");

    /// <summary>Refreshes a day the capacity allows (<c>PowerBi:ActualisationsParJour</c>; 8 on shared capacity, 0 = no limit on Premium/Fabric).</summary>
    public int RefreshesPerDay { get; init; } = 8;

    /// <summary>Seconds between two looks at a running refresh when the service gives no Retry-After.</summary>
    public int PollSeconds { get; init; } = 15;

    /// <summary>How long « rafraichir » and « publier » wait for the service before giving up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The tenant's authority URL: <c>{Authority}/{Tenant}</c>.</summary>
    public string TenantAuthority => new Uri(Authority, Uri.EscapeDataString(Tenant ?? "organizations")).ToString();

    /// <summary>Names of the settings a command needs that are missing (French configuration keys), never their values.</summary>
    public IReadOnlyList<string> Missing(bool secret, bool dataset) =>
    [
        .. string.IsNullOrWhiteSpace(Tenant) ? ["PowerBi:Locataire"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(ClientId) ? ["PowerBi:ClientId"] : Array.Empty<string>(),
        .. secret && string.IsNullOrWhiteSpace(Secret) ? ["PowerBi:Secret"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(Workspace) ? ["PowerBi:EspaceDeTravail"] : Array.Empty<string>(),
        .. dataset && string.IsNullOrWhiteSpace(Dataset) ? ["PowerBi:JeuDeDonnees"] : Array.Empty<string>(),
    ];

    public override string ToString() => $"locataire {Tenant}, application {ClientId}, espace de travail {Workspace}, jeu de données {Dataset ?? "(par nom)"}";
}

/// <summary>How the program reaches the services: the HTTP handler and the clock that waits (tests give a fake service and an instant clock).</summary>
public sealed record PowerBiTransport(HttpMessageHandler Handler, TimeProvider Waits)
{
    public static PowerBiTransport Default() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, TimeProvider.System);
}

/// <summary>A failure the user can act on, in French (no secret in it).</summary>
public sealed class PowerBiException(string message) : Exception(message);
