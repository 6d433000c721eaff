using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>Whether a push exists (true also when the cluster couldn't say) and its frame, if known.</summary>
public sealed record PushLookup(bool Exists, PushFrame? Frame);
