namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>Everything an ingest-ratio report needs. <see cref="WrkMissing"/> says why wrk was not run, when it was not.</summary>
internal sealed record IngestRatioResult(
    string RunId, DateTimeOffset StartedAt, TimeSpan Elapsed, string Target, IngestRatioOptions Options, string? WrkPath, string? WrkMissing,
    IReadOnlyList<RatioPhase> Phases, IReadOnlyList<RatioTimelineSample> Timeline, long? CityBefore, long? CityAfter,
    long SiloAcknowledged, long InFlightBound, bool Interrupted, IReadOnlyList<string> Notes)
{
    public ClientRatio? Wrk => ClientRatio.Of(Phases, RatioPhase.Wrk);

    public ClientRatio? Tool => ClientRatio.Of(Phases, RatioPhase.Tool);

    public long? CityDelta => CityBefore is { } b && CityAfter is { } a ? a - b : null;
}
