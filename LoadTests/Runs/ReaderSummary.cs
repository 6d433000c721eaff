namespace Philly311.Ops.LoadTests.Runs;

/// <summary>What the readers did over the run; <see cref="Unavailable"/> says why there were none when asked for.</summary>
internal sealed record ReaderSummary(
    int PeakConnected, int Probes, long Frames, long Reconnects, int WallboardPages,
    IReadOnlyDictionary<string, long> Errors, string? Unavailable);
