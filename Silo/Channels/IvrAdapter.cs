using StackExchange.Redis;

namespace Philly311.Ops.Silo.Channels;

/// <summary>
/// The phone queue's announcement: the text is stored in Redis per event and language (sandbox and live apart), where
/// the IVR reads what callers hear before they reach an agent. Setting the same text twice is the same announcement.
/// </summary>
public sealed class IvrAdapter(IConnectionMultiplexer redis, Push.PushKeys keys) : IChannelAdapter
{
    public ProviderKind Kind => ProviderKind.Ivr;

    public async Task<ChannelAnswer> SendAsync(ChannelMessage message, string providerName, ProviderOptions provider, CancellationToken cancellationToken)
    {
        if (message.Exercise && !provider.Sandbox) throw ChannelFailure.ExerciseRefused(providerName);
        try
        {
            await redis.GetDatabase().HashSetAsync(keys.Ivr(provider.Sandbox, message.EventId, message.Language),
            [
                new HashEntry(message.IdempotencyKey, message.Title + "\n" + message.Body),
                new HashEntry("latest", message.IdempotencyKey),
            ]);
            return ChannelAnswer.Delivered;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw new ChannelFailure($"{providerName}: announcement not stored ({ex.GetType().Name})", temporary: true, ex);
        }
    }
}
