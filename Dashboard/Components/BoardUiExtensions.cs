using MudBlazor.Services;

namespace Philly311.Ops.Dashboard.Components;

public static class BoardUiExtensions
{
    /// <summary>Blazor Server (interactive) with MudBlazor.</summary>
    public static WebApplicationBuilder AddBoardUi(this WebApplicationBuilder builder)
    {
        // Running the build output outside Development (run.sh, end-to-end tests) still needs package assets
        // such as MudBlazor's CSS; a published app has them in wwwroot and this finds no manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    public static WebApplication MapBoardUi(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
