using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>A push grain: the ids starting <see cref="KnownPrefix"/> are pushes (a fixed frame), every other id is no push at all.</summary>
public sealed class StandInPushGrain : Grain, IPushGrain
{
    public const string KnownPrefix = "pa";
    public const long Sequence = 7;

    public static PushFrame Frame(string pushId, long sequence, DateTimeOffset asOf) => new(
        pushId, "e1", false, asOf.AddMinutes(-1), "liaison", ["en"], [PushChannel.Sms],
        [new MatrixCell("en", PushChannel.Sms, StatusCounts.Empty with { Delivered = (int)sequence })],
        StatusCounts.Empty with { Delivered = (int)sequence }, [], sequence, asOf);

    public Task<PushFrame?> GetFrameAsync()
    {
        var id = this.GetPrimaryKeyString();
        return Task.FromResult(id.StartsWith(KnownPrefix, StringComparison.Ordinal) ? Frame(id, Sequence, DateTimeOffset.UtcNow) : null);
    }

    public Task SubscribeAsync(IPushObserver observer) => Task.CompletedTask;

    public Task UnsubscribeAsync(IPushObserver observer) => Task.CompletedTask;

    public Task<PushFrame> StartAsync(PushPlan plan) => throw new NotSupportedException();

    public Task<DeliveryRecord[]> GetDeliveriesAsync() => throw new NotSupportedException();

    public Task<PushPlan?> GetPlanAsync() => throw new NotSupportedException();

    public Task ResumeAsync() => throw new NotSupportedException();

    public Task<CallbackResult> ApplyStatusAsync(int delivery, DeliveryStatus status, string? reason, string provider) => throw new NotSupportedException();

    public Task<int> CancelAsync(string who) => throw new NotSupportedException();

    public Task<int> RetryFailedAsync(string who) => throw new NotSupportedException();
}
