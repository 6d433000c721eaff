using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>
/// bUnit context with MudBlazor and one <see cref="LiveBoardFeed"/> on a fake clock: tests push frames with
/// <see cref="BoardParts.Publish"/> and move time with <see cref="Clock"/>; no Orleans, no Redis.
/// </summary>
public abstract class BoardTestContext : BunitContext
{
    protected BoardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Clock = new FakeTimeProvider(Snapshots.AsOf.AddMilliseconds(300));
        Feed = new LiveBoardFeed(Clock, NullLogger<LiveBoardFeed>.Instance);
        Services.AddSingleton(Feed);
    }

    protected FakeTimeProvider Clock { get; }

    protected LiveBoardFeed Feed { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Feed.Dispose();
        base.Dispose(disposing);
    }
}
