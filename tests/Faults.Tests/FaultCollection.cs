namespace Philly311.Ops.Faults.Tests;

/// <summary>One cluster for every fault test, one test at a time: starting five processes costs more than the faults.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultCluster>
{
    public const string Name = "faults";
}
