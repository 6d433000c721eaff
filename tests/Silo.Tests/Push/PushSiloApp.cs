extern alias loadtests;

using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using loadtests::Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Push;

/// <summary>The real silo on real Kestrel (providers must call it back over the network), its channels pointed at a running <see cref="ProviderSimulator"/>.</summary>
public sealed class PushSiloApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-ingest-key";
    private readonly RedisServer _redis;
    private readonly ProviderSimulator _sim;
    private readonly int _port = RedisServer.FreePort();
    private readonly string _prefix = $"t{Guid.NewGuid():N}:"[..10];

    public PushSiloApp(RedisServer redis, ProviderSimulator sim)
    {
        _redis = redis;
        _sim = sim;
        UseKestrel(_port);
    }

    public string Url => $"http://127.0.0.1:{_port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var inv = CultureInfo.InvariantCulture;
        builder.UseSetting("ConnectionStrings:redis", _redis.ConnectionString);
        builder.UseSetting("Ingest:ApiKey", ApiKey);
        builder.UseSetting("Counters:KeyPrefix", _prefix);
        builder.UseSetting("Orleans:ClusterId", "test-" + _prefix.TrimEnd(':'));
        builder.UseSetting("Orleans:SiloPort", RedisServer.FreePort().ToString(inv));
        builder.UseSetting("Orleans:GatewayPort", RedisServer.FreePort().ToString(inv));
        builder.UseSetting("Channels:CallbackUrl", Url);
        builder.UseSetting("Channels:Providers:sim-live:Url", _sim.Url + "/live");
        builder.UseSetting("Channels:Providers:sim-sandbox:Url", _sim.Url + "/sandbox");
        builder.UseSetting("Channels:Providers:smtp-live:Port", _sim.Smtp.Port.ToString(inv));
        builder.UseSetting("Channels:Providers:smtp-sandbox:Port", _sim.Smtp.Port.ToString(inv));
        builder.UseSetting("Push:MaxAttempts", "10");
        builder.UseSetting("Push:FirstRetryDelay", "00:00:00.05");
        builder.UseSetting("Push:MaxRetryDelay", "00:00:00.5");
    }

    public HttpClient CreateApiClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }
}
