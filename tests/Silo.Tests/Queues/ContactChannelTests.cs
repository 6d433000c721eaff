using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Tests.Queues;

public sealed class ContactChannelTests
{
    [Theory]
    [InlineData("Voice", "phone")]
    [InlineData(" web chat ", "web-chat")]
    [InlineData("TEXT", "sms")]
    [InlineData("walkin", "walk-in")]
    public void SpellingsResolveToOneChannel(string text, string channel)
    {
        ContactChannel.TryResolve(text, out var resolved).ShouldBeTrue();
        resolved.ShouldBe(channel);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("unknown")]
    [InlineData("\u017Fms")]
    public void ARequestOnlyOrNonAsciiSpellingIsRefused(string text)
    {
        ContactChannel.TryResolve(text, out var resolved).ShouldBeFalse();
        resolved.ShouldBe("");
    }

    [Fact]
    public void ARefusedRequestChannelStaysUnknownAndNonAsciiIsRefusedThereToo()
    {
        ChannelCatalog.TryResolve("\u017Focial", out var resolved).ShouldBeFalse();
        resolved.ShouldBe(ChannelCatalog.Unknown);
    }

    [Fact]
    public void EveryContactChannelHasItsDisplayName() =>
        ContactChannel.All.Select(ContactChannel.DisplayName).ShouldBe(["Phone", "Web chat", "Social", "Email", "SMS", "Walk-in"]);
}
