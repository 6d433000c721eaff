using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Philly311.Ops.ServiceDefaults;

namespace Philly311.Ops.Silo.Tests.Defaults;

/// <summary>Features name their instruments "Philly311.Ops.Something" and are collected without registering them anywhere.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task EveryPhilly311OpsMeterIsCollectedAndOthersAreNot()
    {
        List<Metric> exported = [];
        var name = "Philly311.Ops.TelemetryTests." + Guid.NewGuid().ToString("N")[..8];
        using var host = Build(services => services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(exported)));
        await host.StartAsync(TestContext.Current.CancellationToken);
        using var ours = new Meter(name);
        using var theirs = new Meter("Elsewhere.TelemetryTests");

        ours.CreateCounter<long>("events").Add(3);
        theirs.CreateCounter<long>("events").Add(5);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        exported.ShouldContain(m => m.MeterName == name && m.Name == "events");
        exported.ShouldNotContain(m => m.MeterName == "Elsewhere.TelemetryTests");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task EveryPhilly311OpsActivitySourceIsTraced()
    {
        using var host = Build(_ => { });
        await host.StartAsync(TestContext.Current.CancellationToken);
        host.Services.GetRequiredService<TracerProvider>().ShouldNotBeNull();

        using var ours = new ActivitySource("Philly311.Ops.TelemetryTests");
        using var theirs = new ActivitySource("Elsewhere.TelemetryTests");

        ours.HasListeners().ShouldBeTrue();
        theirs.HasListeners().ShouldBeFalse();
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private static IHost Build(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        // Point the one multiplexer at a closed port: these tests are about telemetry, and a missing Redis must not stop a start.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:redis"] = "127.0.0.1:1,connectTimeout=200" });
        builder.AddOpsDefaults();
        configure(builder.Services);
        return builder.Build();
    }
}
