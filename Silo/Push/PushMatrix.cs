using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Deliveries;

namespace Philly311.Ops.Silo.Push;

/// <summary>Composes a push's frame from its plan and delivery states: one cell per language × channel, failure reasons by count.</summary>
public static class PushMatrix
{
    public static PushFrame Frame(PushPlan plan, IReadOnlyList<DeliveryState> states, long sequence, DateTimeOffset asOf)
    {
        var languages = plan.Languages;
        var channels = plan.Channels;
        var cells = new List<MatrixCell>(languages.Length * channels.Length);
        foreach (var language in languages)
        {
            foreach (var channel in channels)
            {
                var statuses = Enumerable.Range(0, plan.Deliveries.Length)
                    .Where(n => plan.Deliveries[n].Channel == channel && plan.Texts[plan.Deliveries[n].Text].Language == language)
                    .Select(n => states[n].Status);
                cells.Add(new MatrixCell(language, channel, StatusCounts.Count(statuses)));
            }
        }
        var failures = states
            .Where(s => s.Reason is not null && s.Status is DeliveryStatus.FailedPermanent or DeliveryStatus.FailedTemporary or DeliveryStatus.Retrying)
            .GroupBy(s => s.Reason!)
            .Select(g => new FailureReason(g.Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .Take(10)
            .ToArray();
        return new PushFrame(plan.PushId, plan.EventId, plan.Exercise, plan.CreatedAt, plan.RequestedBy, languages, channels,
            [.. cells], StatusCounts.Count(states.Select(s => s.Status)), failures, sequence, asOf);
    }

    public static DeliveryRecord Record(PushPlan plan, int n, DeliveryState state)
    {
        var planned = plan.Deliveries[n];
        var text = plan.Texts[planned.Text];
        return new DeliveryRecord(DeliveryId.Of(plan.PushId, n), plan.PushId, text.ItemId, text.Version, text.Language, planned.Channel,
            IdempotencyKey(plan, n), state.Status, state.Attempts, state.Reason, state.UpdatedAt, plan.Exercise);
    }

    /// <summary>The same for every attempt of a delivery and readable at the provider: push, item version, language, channel.</summary>
    public static string IdempotencyKey(PushPlan plan, int n)
    {
        var planned = plan.Deliveries[n];
        var text = plan.Texts[planned.Text];
        return $"{plan.PushId}:{text.ItemId}@v{text.Version}:{text.Language}:{planned.Channel.ToString().ToLowerInvariant()}";
    }
}
