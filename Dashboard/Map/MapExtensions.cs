namespace Philly311.Ops.Dashboard.Map;

public static class MapExtensions
{
    /// <summary>Projects and simplifies the neighborhoods now, at start: a missing or broken map file stops the start naming it.</summary>
    public static IServiceCollection AddNeighborhoodMap(this IServiceCollection services, string? path = null)
    {
        services.AddSingleton(NeighborhoodOutlines.Load(path ?? NeighborhoodOutlines.DefaultPath));
        return services;
    }
}
