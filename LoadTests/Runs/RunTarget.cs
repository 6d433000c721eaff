using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Readers;

namespace Philly311.Ops.LoadTests.Runs;

/// <summary>The system a run loads: given with --target, or started by the tool.</summary>
internal sealed record RunTarget(
    Uri Silo, Uri? Dashboard, string ApiKey, IReadOnlyList<WatchedProcess> Processes, string Description, string? DashboardProblem, DashboardAccess Access);
