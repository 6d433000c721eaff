using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Channels;

public static class ChannelExtensions
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChannelOptions>().Bind(builder.Configuration.GetSection(ChannelOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ChannelOptions>, ChannelOptionsValidator>();
        // Retries are the delivery's own (Polly, with state recorded between attempts), so the client itself never retries.
        builder.Services.AddHttpClient(WebhookAdapter.ClientName);
        builder.Services.AddSingleton<IChannelAdapter, WebhookAdapter>();
        builder.Services.AddSingleton<IChannelAdapter, SmtpAdapter>();
        builder.Services.AddSingleton<IChannelAdapter, IvrAdapter>();
        builder.Services.AddSingleton<ChannelRouter>();
        return builder;
    }
}
