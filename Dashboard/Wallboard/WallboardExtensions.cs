using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Wallboard;

public static class WallboardExtensions
{
    /// <summary>Binds <c>Wallboard:Layouts</c> and checks it at start: a bad layout stops the dashboard naming the setting.</summary>
    public static IServiceCollection AddWallboard(this IServiceCollection services)
    {
        services.AddOptions<WallboardOptions>().BindConfiguration(WallboardOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WallboardOptions>, WallboardOptionsValidator>();
        return services;
    }
}
