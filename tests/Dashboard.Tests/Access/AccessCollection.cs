using Philly311.Ops.Dashboard.Tests.Hub;

namespace Philly311.Ops.Dashboard.Tests.Access;

/// <summary>The access tests share one host (one test silo, one Redis).</summary>
[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<HubHost>
{
    public const string Name = "access";
}
