using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Breaches;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Map;
using Philly311.Ops.Dashboard.Push;
using Philly311.Ops.Dashboard.Queues;
using Philly311.Ops.Dashboard.Wallboard;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>
/// bUnit context with MudBlazor and one <see cref="LiveBoardFeed"/> on a fake clock: tests push frames with
/// <see cref="BoardParts.Publish"/> and move time with <see cref="Clock"/>; no Orleans, no Redis. The screens' other
/// services are stand-ins tests can set: <see cref="Breaches"/>, <see cref="DayShapes"/>, <see cref="Wallboards"/>.
/// </summary>
public abstract class BoardTestContext : BunitContext
{
    /// <summary>Projected once for the whole test run: the shapes never change.</summary>
    public static NeighborhoodOutlines Outlines { get; } = NeighborhoodOutlines.Load(NeighborhoodOutlines.DefaultPath);

    protected BoardTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Clock = new FakeTimeProvider(Snapshots.AsOf.AddMilliseconds(300));
        Feed = new LiveBoardFeed(Clock, NullLogger<LiveBoardFeed>.Instance);
        Services.AddSingleton(Feed);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Outlines);
        Services.AddSingleton<IBreachCounts>(Breaches);
        Services.AddSingleton<IDayShapes>(DayShapes);
        Services.AddSingleton<IOptions<WallboardOptions>>(Microsoft.Extensions.Options.Options.Create(Wallboards));
        // The board and the wallboard carry the queue, breach and emergency tiles; here they only wait for frames.
        Queues = new QueueFeed(Clock);
        BreachFeed = new BreachFeed(Clock);
        Services.AddSingleton(Queues);
        Services.AddSingleton(BreachFeed);
        Services.AddSingleton(new EmergencyFeed());
        Services.AddSingleton(new Philly311.Ops.Dashboard.Alerts.ActiveAlerts());
    }

    protected QueueFeed Queues { get; }

    protected BreachFeed BreachFeed { get; }

    protected FakeTimeProvider Clock { get; }

    protected LiveBoardFeed Feed { get; }

    protected StandInBreachCounts Breaches { get; } = new();

    protected StandInDayShapes DayShapes { get; } = new();

    /// <summary>One view per layout unless a test adds its own: a cycling default would make every wallboard test depend on the clock.</summary>
    protected WallboardOptions Wallboards { get; } = new()
    {
        Layouts = new(StringComparer.OrdinalIgnoreCase)
        {
            [WallboardOptions.DefaultLayout] = new() { Views = [WallboardView.City], SecondsPerView = 20 },
        },
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Feed.Dispose();
            Queues.Dispose();
            BreachFeed.Dispose();
        }
        base.Dispose(disposing);
    }
}
