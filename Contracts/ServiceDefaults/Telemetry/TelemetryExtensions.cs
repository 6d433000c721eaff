using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Philly311.Ops.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Every meter and activity source of ours is named "Philly311.Ops..." so features add theirs without touching this file.</summary>
    public const string OwnPrefix = "Philly311.Ops*";

    /// <summary>Orleans' own meter: grain calls, activations, messaging.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>
    /// Metrics and traces for ASP.NET Core, HttpClient, the runtime, Orleans and our own instruments. Exported
    /// over OTLP only when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, so a laptop or a test run
    /// does not try to reach a collector that is not there.
    /// </summary>
    public static IHostApplicationBuilder AddOpsTelemetry(this IHostApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(OrleansMeter)
                .AddMeter(OwnPrefix))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(OwnPrefix)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();
        return builder;
    }
}
