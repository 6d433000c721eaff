using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>
/// <c>breach-lag</c>: <see cref="Open"/> open requests due evenly over the next <see cref="Over"/>, then
/// <see cref="Measure"/> of watching them fall due with no new event. Always starts its own system: the lag is read
/// from the breached total, which only this run may move.
/// </summary>
internal sealed record BreachLagOptions(int Open, TimeSpan Over, TimeSpan Measure, string? Out)
{
    public const string Usage = "breach-lag [--open 100000] [--over-minutes 60] [--measure-seconds 120] [--out DIR]   breach detection lag p99 (budget ≤ 1 s)";

    public static IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public static BreachLagOptions From(CommandLine line)
    {
        var open = (int)line.Number("open", 100_000);
        var over = line.Number("over-minutes", 60);
        var measure = line.Number("measure-seconds", 120);
        if (open < 1_000) throw new UsageException("--open must be at least 1000.");
        if (over is < 5 or > 24 * 60) throw new UsageException("--over-minutes must be between 5 and 1440.");
        if (measure < 10 || measure > over * 60) throw new UsageException("--measure-seconds must be at least 10 and within --over-minutes.");
        return new BreachLagOptions(open, TimeSpan.FromMinutes(over), TimeSpan.FromSeconds(measure), line.Text("out"));
    }
}
