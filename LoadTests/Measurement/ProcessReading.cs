namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>Resident memory and cumulative CPU time of a process at one moment.</summary>
internal readonly record struct ProcessReading(long RssBytes, TimeSpan CpuTime);
