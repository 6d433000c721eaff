using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Infrastructure;

/// <summary>One real redis-server for every test class that joins the collection.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
