using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;
using Reporting.PowerBi.Service;
using Reporting.Tests.Cli;

namespace Reporting.Tests.PowerBi;

/// <summary>
/// A clock that never makes anyone wait: each delay asked of it (Polly's Retry-After, polling) is recorded, time
/// jumps forward by that much, and the wait ends at once.
/// </summary>
public sealed class InstantClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override DateTimeOffset GetUtcNow() => _now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Waits.Enqueue(dueTime);
            _now += dueTime;
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new Idle();
    }

    private sealed class Idle : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose() { }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// Microsoft Entra, Power BI and Fabric as their documentation describes them, on an HTTP handler (MockHttp): the token
/// endpoint of a tenant (client credentials, device code), and the routes each test sets. MSAL itself runs against it.
/// </summary>
public sealed class FakePowerBiService
{
    public const string Tenant = "caf-test.onmicrosoft.com";
    public const string ClientId = "11111111-2222-3333-4444-555555555555";
    public const string Secret = "tres-secret-ne-jamais-afficher";
    public const string Workspace = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string Dataset = "dddddddd-0000-0000-0000-000000000002";
    public const string Login = "https://login.test/";
    public const string PowerBiApi = "https://api.powerbi.test/v1.0/myorg/";
    public const string FabricApi = "https://api.fabric.test/v1/";

    public FakePowerBiService()
    {
        Handler.When(HttpMethod.Post, $"{Login}{Tenant}/oauth2/v2.0/token").Respond(req => Token(req));
        Handler.When(HttpMethod.Post, $"{Login}{Tenant}/oauth2/v2.0/devicecode").Respond(_ => Json(HttpStatusCode.OK, new JsonObject
        {
            ["user_code"] = "CAF-1234", ["device_code"] = "device-code", ["verification_uri"] = "https://login.test/device",
            ["expires_in"] = 900, ["interval"] = 1, ["message"] = "Ouvrez https://login.test/device et saisissez CAF-1234.",
        }));
        Handler.Fallback.Respond(req => throw new InvalidOperationException($"Unexpected call {req.Method} {req.RequestUri}"));
    }

    public MockHttpMessageHandler Handler { get; } = new();

    public InstantClock Clock { get; } = new();

    /// <summary>Every request with its body, in order (token requests included).</summary>
    public ConcurrentQueue<(HttpMethod Method, string Uri, string Body)> Requests { get; } = new();

    /// <summary>A failure of the token endpoint instead of a token (e.g. invalid_client).</summary>
    public HttpResponseMessage? TokenFailure { get; set; }

    public Dictionary<string, string?> Configuration => new()
    {
        ["PowerBi:Locataire"] = Tenant, ["PowerBi:ClientId"] = ClientId, ["PowerBi:Secret"] = Secret,
        ["PowerBi:EspaceDeTravail"] = Workspace, ["PowerBi:JeuDeDonnees"] = Dataset,
        ["PowerBi:Autorite"] = Login, ["PowerBi:ApiPowerBi"] = PowerBiApi, ["PowerBi:ApiFabric"] = FabricApi,
    };

    public CliHarness Cli(Dictionary<string, string?>? extra = null)
    {
        var configuration = Configuration;
        foreach (var (k, v) in extra ?? []) configuration[k] = v;
        var harness = new CliHarness(configuration);
        return harness.WithPowerBi(new PowerBiTransport(new Recording(this), Clock));
    }

    /// <summary>Answers a route with the responses given, in turn (the last one repeats).</summary>
    public void Route(HttpMethod method, string url, params Func<HttpRequestMessage, HttpResponseMessage>[] responses)
    {
        var calls = 0;
        Handler.When(method, url).Respond(req => responses[Math.Min(Interlocked.Increment(ref calls) - 1, responses.Length - 1)](req));
    }

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode? body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body?.ToJsonString() ?? string.Empty, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    public int Count(HttpMethod method, string fragment) => Requests.Count(r => r.Method == method && r.Uri.Contains(fragment, StringComparison.Ordinal));

    private HttpResponseMessage Token(HttpRequestMessage request)
    {
        if (TokenFailure is not null) return TokenFailure;
        var form = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
        var user = form.Contains("device_code", StringComparison.Ordinal);
        var body = new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = user ? "user-token" : "app-token" };
        if (user)
        {
            string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            body["scope"] = PowerBiSettings.DatasetReadScope;
            body["refresh_token"] = "refresh";
            body["client_info"] = B64("{\"uid\":\"u1\",\"utid\":\"t1\"}");
            body["id_token"] = B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + B64($"{{\"aud\":\"{ClientId}\",\"iss\":\"{Login}t1/v2.0\",\"oid\":\"u1\",\"tid\":\"t1\",\"sub\":\"s1\",\"preferred_username\":\"analyste@caf.test\",\"ver\":\"2.0\",\"iat\":1700000000,\"exp\":4102444800}}") + ".";
        }
        return Json(HttpStatusCode.OK, body);
    }

    /// <summary>Records each request (with its body) before the fake answers it.</summary>
    private sealed class Recording(FakePowerBiService service) : DelegatingHandler(service.Handler)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            if (request.Content is not null)
            {
                var copy = new StringContent(body, Encoding.UTF8);
                copy.Headers.ContentType = request.Content.Headers.ContentType;
                request.Content = copy;
            }
            service.Requests.Enqueue((request.Method, request.RequestUri!.ToString(), body));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
