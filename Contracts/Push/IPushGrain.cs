namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// One push, keyed by its id: drives its deliveries to a final state. The plan and every delivery status live in Redis
/// (written before each provider call), so a push resumes on another silo after a kill -9 without losing or doubling a
/// delivery: a resend carries the same idempotency key.
/// </summary>
public interface IPushGrain : IGrainWithStringKey
{
    static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    Task<PushFrame> StartAsync(PushPlan plan);

    Task<PushFrame?> GetFrameAsync();

    Task<DeliveryRecord[]> GetDeliveriesAsync();

    Task<PushPlan?> GetPlanAsync();

    /// <summary>Makes sure the push is being driven (after a crash, on silo start).</summary>
    Task ResumeAsync();

    Task<CallbackResult> ApplyStatusAsync(int delivery, DeliveryStatus status, string? reason, string provider);

    /// <summary>Cancels every delivery not yet handed to a provider; answers how many.</summary>
    Task<int> CancelAsync(string who);

    /// <summary>Sends the permanently failed deliveries' messages again; answers how many.</summary>
    Task<int> RetryFailedAsync(string who);

    Task SubscribeAsync(IPushObserver observer);

    Task UnsubscribeAsync(IPushObserver observer);
}
