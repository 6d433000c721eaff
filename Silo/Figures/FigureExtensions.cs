namespace Philly311.Ops.Silo.Figures;

public static class FigureExtensions
{
    /// <summary>What the live figures need besides Orleans and Redis (the test cluster calls this too).</summary>
    public static IServiceCollection AddFigureServices(this IServiceCollection services)
    {
        services.AddOptions<FigureOptions>().BindConfiguration(FigureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FigureCatalog>();
        services.AddSingleton<FigureMetrics>();
        services.AddSingleton<IFigureForwarder, RouterForwarder>();
        return services;
    }
}
