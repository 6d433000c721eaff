using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Dashboard.Events;

/// <summary>Everything an after-action review of one event needs: its timeline, each push's matrix and delivery outcomes, deflection.</summary>
public sealed record AfterActionReport(
    EventSnapshot Event,
    AfterActionPush[] Pushes,
    DeflectionSeries[] Deflection,
    DateTimeOffset AsOf)
{
    public static async Task<AfterActionReport?> ReadAsync(IClusterClient cluster, string eventId)
    {
        var snapshot = await cluster.GetGrain<IEventGrain>(eventId).GetAsync();
        if (snapshot.Status == EventStatus.None) return null;
        var pushes = new List<AfterActionPush>();
        foreach (var id in snapshot.PushIds)
        {
            var grain = cluster.GetGrain<IPushGrain>(id);
            if (await grain.GetFrameAsync() is { } frame) pushes.Add(new AfterActionPush(frame, await grain.GetDeliveriesAsync()));
        }
        var deflection = await cluster.GetGrain<IDeflectionGrain>(eventId).GetAsync();
        return new AfterActionReport(snapshot, [.. pushes], deflection, DateTimeOffset.UtcNow);
    }
}

public sealed record AfterActionPush(PushFrame Frame, DeliveryRecord[] Deliveries);
