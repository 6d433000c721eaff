using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// The local stand-in for the city's SMS / push / social / web-banner providers (a real Kestrel server) and its email
/// relay (<see cref="SmtpSink"/>). <c>GET /sim/stats</c> answers what each account received, per key.
/// </summary>
public sealed class ProviderSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _callbackClient = new() { Timeout = TimeSpan.FromSeconds(5) };

    private ProviderSimulator(WebApplication app, MessageLedger ledger, SmtpSink smtp)
    {
        _app = app;
        Ledger = ledger;
        Smtp = smtp;
    }

    public MessageLedger Ledger { get; }

    public SmtpSink Smtp { get; }

    /// <summary>Open unless a test holds it: see <see cref="CallbackGate"/>.</summary>
    public CallbackGate Callbacks { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<ProviderSimulator> StartAsync(ProviderSimOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.HttpPort}");
        var ledger = new MessageLedger();
        var smtp = new SmtpSink(options.FailureRate);
        var app = builder.Build();
        var simulator = new ProviderSimulator(app, ledger, smtp);
        var provider = new WebhookProvider(options, ledger, new SignedCallbacks(simulator._callbackClient), simulator.Callbacks);
        app.MapPost("/{account}/messages", provider.ReceiveAsync);
        app.MapGet("/sim/stats", () => Results.Json(new
        {
            refused = ledger.Refused,
            accounts = options.Secrets.Keys.ToDictionary(a => a, ledger.CountIn),
            resent = ledger.Messages.Count(m => m.Sends > 1),
            smtp = smtp.ByMessageId.Count,
        }));
        await app.StartAsync();
        simulator.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        smtp.Start(options.SmtpPort);
        return simulator;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Smtp.DisposeAsync();
        _callbackClient.Dispose();
    }
}
