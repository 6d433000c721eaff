using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// With <c>--today</c> the recording is laid onto today in city time (see <see cref="TodayPlan"/>): the past loads at
/// once, the rest plays live at <c>--speed</c> (default 1, real time). Without it, the older modes: re-stamped to now at
/// --speed (default 60), or --keep-times.
/// </summary>
internal sealed record ReplayOptions(
    string CsvPath, Uri Target, string ApiKey, double Speed, bool KeepTimes, string IdPrefix, bool Bulk, int Concurrency,
    bool Today = false, string? CloseEstimates = null)
{
    public const string Usage =
        "replay <csv> [--target http://127.0.0.1:5080] [--api-key K] [--speed 60] [--keep-times] [--id-prefix P] [--bulk] [--concurrency 16]\n" +
        "  replay <csv> --today [--speed 1] [--close-estimates Data/close-time-estimates.csv] [--id-prefix P] [--target …] [--api-key K]";

    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "keep-times", "bulk", "today" };

    public static ReplayOptions From(CommandLine line)
    {
        if (line.Positionals.Count != 1) throw new UsageException("replay needs exactly one CSV file.");
        var today = line.Has("today");
        if (today && line.Has("keep-times")) throw new UsageException("--today and --keep-times do not go together.");
        var speed = line.Number("speed", today ? 1 : 60);
        if (speed <= 0) throw new UsageException("--speed must be positive.");
        var concurrency = (int)line.Number("concurrency", 16);
        if (concurrency is < 1 or > 1024) throw new UsageException("--concurrency must be 1–1024.");
        return new ReplayOptions(
            line.Positionals[0],
            LoopbackGuard.Require(line.Text("target", "http://127.0.0.1:5080"), "--target"),
            line.Text("api-key", "dev-ingest-key"),
            speed,
            line.Has("keep-times"),
            line.Text("id-prefix", ""),
            line.Has("bulk"),
            concurrency,
            today,
            line.Text("close-estimates"));
    }
}
