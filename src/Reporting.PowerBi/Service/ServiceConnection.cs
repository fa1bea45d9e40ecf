using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Identity.Client;
using Polly;
using Polly.Retry;

namespace Reporting.PowerBi.Service;

/// <summary>
/// HTTP to the Power BI and Fabric REST APIs with a Microsoft Entra token (MSAL): client credentials for the service
/// principal, or a user's device-code sign-in where the service refuses a service principal (DAX queries on a model
/// with row-level security). A 429 (too many requests) is retried after the delay the service gives in Retry-After
/// (Polly), up to five times; every other failure becomes a French message with the service's own code.
/// </summary>
public sealed class ServiceConnection : IDisposable
{
    private const int MaxRetries = 5;
    private readonly PowerBiSettings _settings;
    private readonly PowerBiTransport _transport;
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly Dictionary<string, AuthenticationResult> _tokens = new(StringComparer.Ordinal);
    private readonly Action<string> _say;

    public ServiceConnection(PowerBiSettings settings, PowerBiTransport transport, Action<string> say)
    {
        _settings = settings;
        _transport = transport;
        _say = say;
        _http = new HttpClient(transport.Handler, disposeHandler: false) { Timeout = TimeSpan.FromMinutes(5) };
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = transport.Waits }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfter(args.Outcome.Result, transport.Waits.GetUtcNow()) ?? TimeSpan.FromSeconds(30)),
                OnRetry = args =>
                {
                    var wait = RetryAfter(args.Outcome.Result, transport.Waits.GetUtcNow()) ?? TimeSpan.FromSeconds(30);
                    _say($"Le service demande de patienter (429, trop de requêtes) : nouvel essai dans {wait.TotalSeconds:0} s.");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public PowerBiSettings Settings => _settings;

    /// <summary>Waits on the transport's clock (polling, Retry-After of a long-running operation).</summary>
    public Task Wait(TimeSpan delay) => Task.Delay(delay, _transport.Waits);

    /// <summary>Sends a request built afresh for each attempt, with a bearer token for <paramref name="scope"/>.</summary>
    public async Task<HttpResponseMessage> Send(Func<HttpRequestMessage> request, string scope, bool asUser = false)
    {
        var token = await Token(scope, asUser);
        return await _retry.ExecuteAsync(async _ =>
        {
            var message = request();
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await _http.SendAsync(message);
        });
    }

    public static HttpRequestMessage Json(HttpMethod method, Uri uri, object? body = null) => new(method, uri)
    {
        Content = body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    /// <summary>The JSON body of a successful response; a French exception naming the service's error otherwise.</summary>
    public static async Task<JsonNode?> Read(HttpResponseMessage response, string what)
    {
        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode) return text.Length == 0 ? null : JsonNode.Parse(text);
        throw new PowerBiException($"{what} : {Describe(response.StatusCode, text)}");
    }

    /// <summary>The service's error in French: status, and the error code and message of either API's error body.</summary>
    public static string Describe(HttpStatusCode status, string body)
    {
        string? detail = null;
        try
        {
            var json = JsonNode.Parse(body);
            var error = json?["error"];
            detail = error is JsonObject e
                ? string.Join(" — ", new[] { e["code"]?.ToString(), e["message"]?.ToString(), e["pbi.error"]?["code"]?.ToString() }.Where(s => !string.IsNullOrEmpty(s)))
                : string.Join(" — ", new[] { json?["errorCode"]?.ToString(), json?["message"]?.ToString() }.Where(s => !string.IsNullOrEmpty(s)));
        }
        catch (JsonException)
        {
            // not JSON: the status says it all
        }
        var meaning = status switch
        {
            HttpStatusCode.Unauthorized => "accès refusé (401) : le jeton n'est pas accepté ; vérifiez que le principal de service est autorisé à utiliser les API Power BI (paramètre de locataire) et membre de l'espace de travail",
            HttpStatusCode.Forbidden => "interdit (403) : le compte n'a pas les droits nécessaires sur l'espace de travail ou le jeu de données",
            HttpStatusCode.NotFound => "introuvable (404) : vérifiez l'identifiant de l'espace de travail (PowerBi:EspaceDeTravail) et du jeu de données (PowerBi:JeuDeDonnees)",
            HttpStatusCode.TooManyRequests => "trop de requêtes (429), même après les nouveaux essais",
            _ => $"le service répond {(int)status} ({status})",
        };
        return string.IsNullOrEmpty(detail) ? meaning : $"{meaning} [{detail}]";
    }

    /// <summary>The delay a response asks for in Retry-After (seconds, or a date), null when it gives none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    public DateTimeOffset Now => _transport.Waits.GetUtcNow();

    private async Task<string> Token(string scope, bool asUser)
    {
        var key = (asUser ? "user:" : "app:") + scope;
        if (_tokens.TryGetValue(key, out var cached) && cached.ExpiresOn > Now.AddMinutes(1)) return cached.AccessToken;
        try
        {
            var result = asUser ? await UserToken(scope) : await ApplicationToken(scope);
            _tokens[key] = result;
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw new PowerBiException($"Microsoft Entra refuse de délivrer le jeton ({ex.ErrorCode}) : vérifiez PowerBi:Locataire, PowerBi:ClientId et le secret du principal de service (jamais affiché). Détail : {FirstLine(ex.Message)}");
        }
        catch (HttpRequestException ex)
        {
            throw new PowerBiException($"Le service d'authentification {_settings.Authority.Host} est injoignable : {ex.Message}");
        }
    }

    /// <summary>Client credentials of the service principal (MSAL confidential client).</summary>
    private Task<AuthenticationResult> ApplicationToken(string scope) =>
        ConfidentialClientApplicationBuilder.Create(_settings.ClientId)
            .WithClientSecret(_settings.Secret)
            .WithAuthority(_settings.TenantAuthority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttp(_http))
            .Build()
            .AcquireTokenForClient([scope])
            .ExecuteAsync();

    /// <summary>A user's sign-in with a device code (MSAL public client): the code and address are printed in French.</summary>
    private Task<AuthenticationResult> UserToken(string scope) =>
        PublicClientApplicationBuilder.Create(_settings.ClientId)
            .WithAuthority(_settings.TenantAuthority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttp(_http))
            .Build()
            .AcquireTokenWithDeviceCode([scope], code =>
            {
                _say($"Connexion d'un utilisateur : ouvrez {code.VerificationUrl} et saisissez le code {code.UserCode} (valable jusqu'à {code.ExpiresOn.ToLocalTime():HH:mm}).");
                return Task.CompletedTask;
            })
            .ExecuteAsync();

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    public void Dispose() => _http.Dispose();

    private sealed class MsalHttp(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}
