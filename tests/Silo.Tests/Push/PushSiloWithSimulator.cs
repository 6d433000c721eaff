extern alias loadtests;

using loadtests::Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Push;

/// <summary>The real silo serving HTTP beside the provider simulator it sends to: what every push test class starts.</summary>
public sealed class PushSiloWithSimulator : IAsyncDisposable
{
    private PushSiloWithSimulator(ProviderSimulator simulator, PushSiloApp app)
    {
        Simulator = simulator;
        App = app;
    }

    public ProviderSimulator Simulator { get; }

    public PushSiloApp App { get; }

    /// <param name="failureRate">The share of sends the simulator fails (503 / SMTP 451).</param>
    public static async Task<PushSiloWithSimulator> StartAsync(RedisServer redis, double failureRate)
    {
        var simulator = await ProviderSimulator.StartAsync(ProviderSimOptions.Development(failureRate: failureRate));
        var app = new PushSiloApp(redis, simulator);
        app.StartServer();
        return new PushSiloWithSimulator(simulator, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
