using Philly311.Ops.Silo.Channels;
using Philly311.Ops.Silo.Push;
using Polly;
using Polly.Retry;

namespace Philly311.Ops.Silo.Deliveries;

/// <summary>
/// The retry of one delivery (Polly 8): temporary failures only, exponential backoff with jitter. Between attempts the
/// caller's hook records <c>failed_temporary → retrying</c>, so the matrix shows a retry while it waits, and a crash
/// during the wait resumes from what Redis says.
/// </summary>
public sealed class DeliveryRetry
{
    public static readonly ResiliencePropertyKey<Func<ChannelFailure, ValueTask>> BetweenAttempts = new("p311.delivery.between-attempts");

    public DeliveryRetry(PushOptions options)
    {
        Pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<ChannelFailure>(f => f.Temporary),
                MaxRetryAttempts = Math.Max(0, options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                OnRetry = args => args.Outcome.Exception is ChannelFailure failure
                    && args.Context.Properties.TryGetValue(BetweenAttempts, out var hook) ? hook(failure) : default,
            })
            .Build();
    }

    public ResiliencePipeline Pipeline { get; }
}
