using Philly311.Ops.LoadTests.ContactCenter;

namespace Philly311.Ops.LoadTests.Tests.ContactCenter;

public sealed class QueueSlugTests
{
    [Theory]
    [InlineData("streets-sanitation", "queue:streets-sanitation")]
    [InlineData("Spanish Line", "queue:spanish-line")]
    [InlineData("  Licenses & Inspections ", "queue:licenses-and-inspections")]
    [InlineData("web_chat", "queue:web-chat")]
    public void APlainNameGetsTheKeyTheSiloFilesItUnder(string name, string key) => QueueSlug.KeyOf(name).ShouldBe(key);

    [Theory]
    [InlineData("电话")]
    [InlineData("queue-1a2b3c4d")]
    public void ANameTheSiloWouldHashHasNoGuessedKey(string name) => QueueSlug.KeyOf(name).ShouldBeNull();

    [Fact]
    public void EveryQueueOfTheBlizzardsContactSideHasAKey()
    {
        var blizzard = Philly311.Ops.LoadTests.Scenarios.ScenarioLoader.Load("blizzard-knee", 1);

        var keys = ContactStream.ShippedQueueKeys(blizzard.ContactCenter);

        keys.ShouldContain("queue:streets-sanitation");
        keys.ShouldContain("queue:web-chat");
        keys.ShouldAllBe(k => k.StartsWith("queue:", StringComparison.Ordinal));
        blizzard.KneeRate.ShouldBe(3000);
    }
}
