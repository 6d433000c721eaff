using Microsoft.AspNetCore.Components;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Wallboard;

namespace Philly311.Ops.Dashboard.Tests.Access;

/// <summary>Inside a circuit a policy sees the page's route, not a request path: the path is rebuilt from the route.</summary>
public sealed class ResourcePathTests
{
    [Fact]
    public void ThePathOfARoutedPageIsItsTemplateWithTheRouteValues()
    {
        ResourcePath.Of(new RouteData(typeof(WallboardPage), new Dictionary<string, object?>())).ShouldBe("/wallboard");
        ResourcePath.Of(new RouteData(typeof(Routed), new Dictionary<string, object?> { ["Layout"] = "floor" })).ShouldBe("/wallboard/floor");
    }

    [Theory]
    [InlineData("/wallboard", "default")]
    [InlineData("/wallboard/Floor", "floor")]
    [InlineData("/wallboard/floor/extra", "floor")]
    [InlineData("/wallboardx", null)]
    [InlineData("/", null)]
    public void TheWallboardLayoutIsTheFirstSegmentAfterWallboard(string path, string? layout) =>
        ResourcePath.WallboardLayout(path).ShouldBe(layout);

    [Route("/wallboard/{layout}")]
    private sealed class Routed : ComponentBase;
}
