using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// One ingest phase of the budget run, measured as a scenario step (its ingest latencies are the service requests'; the
/// contact and agent events' are <see cref="Contacts"/>), with each watched process's CPU % over it, the whole
/// machine's (all cores, 0–100) and the 1-minute load average at its end: the machine is shared, and a report says how busy it was.
/// </summary>
internal sealed record IngestPhase(StepResult Step, LatencySummary Contacts, IReadOnlyDictionary<string, double> CpuPercent, double MachineBusyPercent, double? LoadAverage);
