using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Tests.Normalization;

public sealed class ChannelCatalogTests
{
    [Theory]
    [InlineData("phone", "phone")]
    [InlineData("PHONE", "phone")]
    [InlineData(" web ", "web")]
    [InlineData("Mobile App", "app")]
    [InlineData("twitter", "social")]
    [InlineData("e-mail", "email")]
    [InlineData("mail", "mail")]
    [InlineData("Walk In", "walk-in")]
    [InlineData(null, "unknown")]
    [InlineData("", "unknown")]
    public void SpellingsResolveToOneChannel(string? text, string channel)
    {
        ChannelCatalog.TryResolve(text, out var resolved).ShouldBeTrue();
        resolved.ShouldBe(channel);
    }

    [Theory]
    [InlineData("fax")]
    [InlineData("phon")]
    [InlineData("carrier pigeon")]
    public void AnUnlistedChannelIsRefused(string text) => ChannelCatalog.TryResolve(text, out _).ShouldBeFalse();

    [Fact]
    public void EveryChannelHasADisplayName() =>
        ChannelCatalog.All.Where(c => c != ChannelCatalog.Unknown).ShouldAllBe(c => ChannelCatalog.DisplayName(c) != "Unknown");
}
