using MudBlazor;
using Philly311.Ops.Dashboard.Components.Markup;

namespace Philly311.Ops.Dashboard.Tests.Board;

public sealed class IconMarkupTests
{
    [Fact]
    public void ATitledIconIsSpokenAnUntitledOneIsHiddenAndBothAreShared()
    {
        var titled = IconMarkup.Of(Icons.Material.Filled.Warning, Color.Error, title: "Breach & late").Value;
        var plain = IconMarkup.Of(Icons.Material.Filled.Warning).Value;

        titled.ShouldStartWith("<svg class=\"mud-icon-root mud-svg-icon mud-error-text mud-icon-size-small\"");
        titled.ShouldContain("<title>Breach &amp; late</title>");
        titled.ShouldNotContain("aria-hidden");
        plain.ShouldContain("aria-hidden=\"true\"");
        plain.ShouldContain(Icons.Material.Filled.Warning);
        ReferenceEquals(plain, IconMarkup.Of(Icons.Material.Filled.Warning).Value).ShouldBeTrue();
    }
}
