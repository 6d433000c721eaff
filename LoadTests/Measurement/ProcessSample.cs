namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>One process at one second of the run: resident MiB and CPU in % of one core over the last interval.</summary>
internal sealed record ProcessSample(string Name, double RssMiB, double CpuPercent);
