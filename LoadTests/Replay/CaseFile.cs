using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>The readable rows of a CSV, in file order, and why the others were skipped.</summary>
internal sealed record CaseFile(IReadOnlyList<ServiceRequestEvent> Events, IReadOnlyList<string> Skipped);
