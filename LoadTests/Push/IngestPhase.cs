using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>One ingest phase of the budget run, measured as a scenario step, with each watched process's CPU % over it.</summary>
internal sealed record IngestPhase(StepResult Step, IReadOnlyDictionary<string, double> CpuPercent);
