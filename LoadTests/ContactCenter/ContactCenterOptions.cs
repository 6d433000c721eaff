using System.Globalization;
using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// <c>contact-center</c>: the simulated contact center, live against a silo. <c>--surge</c> is a factor on every
/// queue (2.5) or a scenario whose <c>contact_center</c> section says how the day changes (blizzard).
/// </summary>
internal sealed record ContactCenterOptions(
    Uri Target, string ApiKey, string? ProfilePath, double Speed, bool Today, string? Surge, TimeSpan? Duration, int Seed)
{
    public const string Usage =
        "contact-center [--target http://127.0.0.1:5080] [--api-key K] [--profile Data/contact-center-profile.yaml] [--speed 1] [--today]\n" +
        "                 [--surge 2.5|blizzard|hurricane|papal-visit] [--duration 2h] [--seed 311]";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "today" };

    public static ContactCenterOptions From(CommandLine line)
    {
        if (line.Positionals.Count > 0) throw new UsageException($"Unexpected '{line.Positionals[0]}'.");
        var speed = line.Number("speed", 1);
        if (speed is <= 0 or > 10_000) throw new UsageException("--speed must be above 0 and at most 10000.");
        TimeSpan? duration;
        try
        {
            duration = line.Text("duration") is { } d ? DurationText.Parse(d, "--duration") : null;
        }
        catch (ScenarioException ex)
        {
            throw new UsageException(ex.Message);
        }
        var seedText = line.Text("seed", "311");
        if (!int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)) throw new UsageException($"--seed '{seedText}' is not a whole number.");
        return new ContactCenterOptions(
            LoopbackGuard.Require(line.Text("target", "http://127.0.0.1:5080"), "--target"),
            line.Text("api-key", "dev-ingest-key"),
            line.Text("profile"),
            speed,
            line.Has("today"),
            line.Text("surge"),
            duration,
            seed);
    }

    /// <summary>The surge: none, a factor, or the contact side of a shipped (or given) scenario.</summary>
    public ContactSurge ResolveSurge()
    {
        if (Surge is null) return ContactSurge.None;
        if (double.TryParse(Surge, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor)) return ContactSurge.Factor(factor);
        var scenario = ScenarioLoader.Load(Surge, 1);
        return scenario.ContactCenter ?? throw new ProfileException($"Scenario '{scenario.Name}' has no contact_center section.");
    }
}
