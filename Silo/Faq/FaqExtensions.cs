namespace Philly311.Ops.Silo.Faq;

public static class FaqExtensions
{
    /// <summary>The FAQ library, loaded (and checked) at start so a broken content file stops the silo instead of a push.</summary>
    public static WebApplicationBuilder AddFaqLibrary(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FaqOptions>().Bind(builder.Configuration.GetSection(FaqOptions.Section));
        builder.Services.AddSingleton<FaqLibrary>();
        builder.Services.AddHostedService<FaqLibraryCheck>();
        return builder;
    }
}
