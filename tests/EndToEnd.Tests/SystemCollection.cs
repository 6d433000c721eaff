namespace Philly311.Ops.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<RunningSystem>
{
    public const string Name = "system";
}
