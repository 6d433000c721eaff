using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Faq;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Deflection of an event's pushes: each pushed topic's request types (<c>Faq:RequestTypes</c>) summed per quarter hour from
/// their live <c>service:{type}</c> figure grains, and the contacts offered to its queues (<c>Faq:Queues</c>) per quarter hour
/// from their <c>queue:{slug}</c> grains. Computed on request, never stored and never polled: the grains are the truth.
/// </summary>
[StatelessWorker]
public sealed class DeflectionGrain(FaqLibrary library, IOptions<FaqOptions> options, TimeProvider clock) : Grain, IDeflectionGrain
{
    public async Task<DeflectionSeries[]> GetAsync()
    {
        var snapshot = await GrainFactory.GetGrain<IEventGrain>(this.GetPrimaryKeyString()).GetAsync();
        var result = new List<DeflectionSeries>();
        var figures = new Dictionary<string, FigureFrame>();
        var queues = new Dictionary<string, QueueFrame>();
        foreach (var pushId in snapshot.PushIds)
        {
            if (await GrainFactory.GetGrain<IPushGrain>(pushId).GetPlanAsync() is not { } plan) continue;
            foreach (var topicKey in plan.Texts.Select(t => t.Topic).Distinct())
            {
                if (library.Snapshot.Topics.FirstOrDefault(t => t.Key == topicKey) is not { } topic) continue;
                var input = await InputAsync(topic, figures, queues);
                result.Add(Deflection.Compute(pushId, plan.CreatedAt, topic, input, clock.GetUtcNow()));
            }
        }
        return [.. result];
    }

    private async Task<DeflectionInput> InputAsync(FaqTopic topic, Dictionary<string, FigureFrame> figures, Dictionary<string, QueueFrame> queues)
    {
        var requests = new long[96];
        var today = CityTime.DayKey(CityTime.LocalDate(clock.GetUtcNow()));
        foreach (var type in topic.RequestTypes)
        {
            if (!figures.TryGetValue(type, out var frame))
                figures[type] = frame = await GrainFactory.GetGrain<IFigureGrain>(FigureDimension.Service + ":" + type).GetFrameAsync();
            today = frame.Today;
            for (var s = 0; s < 96 && s < frame.QuarterHours.Length; s++) requests[s] += frame.QuarterHours[s];
        }
        var slugs = options.Value.Queues.GetValueOrDefault(topic.Key) ?? [];
        if (slugs.Length == 0) return new DeflectionInput(requests, today, [], null, null);
        var contacts = new long[96];
        string? contactsToday = null;
        foreach (var slug in slugs)
        {
            if (!queues.TryGetValue(slug, out var frame))
                queues[slug] = frame = await GrainFactory.GetGrain<IQueueGrain>(QueueKeys.Queue(slug)).GetFrameAsync();
            // Queues on different days (one read just before midnight, one after) can't be summed: no series rather than a wrong one.
            contactsToday = contactsToday is null || contactsToday == frame.Today ? frame.Today : "";
            foreach (var q in frame.QuarterHours.Where(q => q.Slot is >= 0 and < 96)) contacts[q.Slot] += q.Offered;
        }
        return new DeflectionInput(requests, today, slugs, contacts, contactsToday);
    }
}
