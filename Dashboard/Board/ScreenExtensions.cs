using Microsoft.Extensions.DependencyInjection.Extensions;
using Philly311.Ops.Dashboard.Drilldown;
using Philly311.Ops.Dashboard.Map;
using Philly311.Ops.Dashboard.Wallboard;

namespace Philly311.Ops.Dashboard.Board;

public static class ScreenExtensions
{
    /// <summary>What the board, map, drill-downs and wallboard need beside the live feed.</summary>
    public static WebApplicationBuilder AddScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddNeighborhoodMap();
        builder.Services.AddWallboard();
        builder.Services.AddSingleton<DrilldownFeed>();
        builder.Services.AddSingleton<IDayShapes, GrainDayShapes>();
        // The breaches feature registers the real source; until then the screens say "not available".
        builder.Services.TryAddSingleton<IBreachCounts, NoBreachCounts>();
        return builder;
    }
}
