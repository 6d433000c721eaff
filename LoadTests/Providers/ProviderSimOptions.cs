using System.Globalization;
using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// The simulator's knobs. Accounts are URL prefixes (<c>/live</c>, <c>/sandbox</c>), each with the secret it signs callbacks with.
/// <see cref="FailureRate"/> of sends are answered 503 (SMTP: 451) before anything is recorded: a temporary failure to retry.
/// </summary>
public sealed record ProviderSimOptions(
    int HttpPort,
    int SmtpPort,
    TimeSpan Latency,
    double FailureRate,
    TimeSpan CallbackDelay,
    IReadOnlyDictionary<string, string> Secrets)
{
    public const string Usage = "provider-sim [--port 5090] [--smtp-port 2525] [--latency-ms 50] [--failure-rate 0.2] [--callback-delay-ms 100] [--live-secret S] [--sandbox-secret S]";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>();

    public const string DevLiveSecret = "dev-sim-live-secret-0001";
    public const string DevSandboxSecret = "dev-sim-sandbox-secret-01";

    public static ProviderSimOptions Development(int httpPort = 0, int smtpPort = 0, double failureRate = 0) =>
        new(httpPort, smtpPort, TimeSpan.FromMilliseconds(20), failureRate, TimeSpan.FromMilliseconds(50),
            new Dictionary<string, string> { ["live"] = DevLiveSecret, ["sandbox"] = DevSandboxSecret });

    internal static ProviderSimOptions From(CommandLine line)
    {
        var rate = line.Number("failure-rate", 0.2);
        if (rate is < 0 or > 1) throw new UsageException("--failure-rate must be between 0 and 1.");
        return new ProviderSimOptions((int)line.Number("port", 5090), (int)line.Number("smtp-port", 2525),
            TimeSpan.FromMilliseconds(line.Number("latency-ms", 50)), rate, TimeSpan.FromMilliseconds(line.Number("callback-delay-ms", 100)),
            new Dictionary<string, string>
            {
                ["live"] = line.Text("live-secret", DevLiveSecret),
                ["sandbox"] = line.Text("sandbox-secret", DevSandboxSecret),
            });
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"http :{HttpPort}, smtp :{SmtpPort}, latency {Latency.TotalMilliseconds} ms, failures {FailureRate:P0}, callbacks after {CallbackDelay.TotalMilliseconds} ms");
}
