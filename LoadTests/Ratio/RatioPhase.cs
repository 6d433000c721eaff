namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>
/// One measured phase of an ingest-ratio run: one client (<c>wrk</c> or <c>tool</c>) against one target (<c>bare</c> or
/// <c>silo</c>), after its warm-up. CPU is what each process used in the measured seconds (from /proc), so the report can
/// say where the two shared cores went.
/// </summary>
internal sealed record RatioPhase(
    int Round, string Client, string Target, long Requests, long Acknowledged, long Errors, double Seconds, double P50Ms, double P99Ms,
    double GeneratorCpuSeconds, double ServerCpuSeconds, double RedisCpuSeconds, double MachineBusyPercent)
{
    public const string Wrk = "wrk";
    public const string Tool = "tool";
    public const string Bare = "bare";
    public const string Silo = "silo";

    public double PerSecond => Seconds > 0 ? Acknowledged / Seconds : 0;

    public double GeneratorMicrosPerRequest => Requests > 0 ? GeneratorCpuSeconds * 1e6 / Requests : 0;

    public double ServerMicrosPerRequest => Requests > 0 ? ServerCpuSeconds * 1e6 / Requests : 0;

    public double RedisMicrosPerRequest => Requests > 0 ? RedisCpuSeconds * 1e6 / Requests : 0;

    /// <summary>
    /// Share of the machine (100% = every core) busy with processes other than the client, the server and Redis: another
    /// session's build or test run on the same cores. High values mean the phase measured a crowded machine.
    /// </summary>
    public double OthersPercent => Seconds > 0
        ? Math.Max(0, MachineBusyPercent - (GeneratorCpuSeconds + ServerCpuSeconds + RedisCpuSeconds) / Seconds / Environment.ProcessorCount * 100)
        : 0;

    /// <summary>Generator CPU in % of one core over the measured seconds.</summary>
    public double GeneratorCpuPercent => Seconds > 0 ? GeneratorCpuSeconds / Seconds * 100 : 0;
}
