using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Failover;

/// <summary>
/// A dashboard-failover run: A's subscribers' gaps before and around the kill of B, how B's subscribers recovered, the ingest
/// meanwhile, and per second the frames each side received. <see cref="Unavailable"/> says why nothing was measured.
/// </summary>
internal sealed record FailoverResult(
    string RunId, DateTimeOffset StartedAt, TimeSpan Elapsed, string Target, FailoverOptions Options, string? Unavailable,
    double? KillAt, double WindowFrom, double WindowTo, GapStats? ABefore, GapStats? AAround, GapStats? BBefore, Recovery? B,
    long Sent, long Acknowledged, long Errors, long? CityBefore, long? CityAfter, long Accepted,
    IReadOnlyList<FailoverSecond> Timeline, IReadOnlyList<string> ProcessNames, IReadOnlyDictionary<string, long> ReaderErrors, IReadOnlyList<string> Notes);

