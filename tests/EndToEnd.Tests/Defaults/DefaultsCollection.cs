namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>These tests start their own processes and Redis; alone, so two cores are not shared with the system tests' processes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DefaultsCollection
{
    public const string Name = "defaults";
}
