using Orleans.Concurrency;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Faq;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Deflection of an event's pushes: each pushed topic's request types (<c>Faq:RequestTypes</c>) summed per quarter hour from
/// their live <c>service:{type}</c> figure grains. Computed on demand, never stored: the figures are the truth.
/// </summary>
[StatelessWorker]
public sealed class DeflectionGrain(FaqLibrary library, TimeProvider clock) : Grain, IDeflectionGrain
{
    public async Task<DeflectionSeries[]> GetAsync()
    {
        var snapshot = await GrainFactory.GetGrain<IEventGrain>(this.GetPrimaryKeyString()).GetAsync();
        var result = new List<DeflectionSeries>();
        var frames = new Dictionary<string, FigureFrame>();
        foreach (var pushId in snapshot.PushIds)
        {
            if (await GrainFactory.GetGrain<IPushGrain>(pushId).GetPlanAsync() is not { } plan) continue;
            foreach (var topicKey in plan.Texts.Select(t => t.Topic).Distinct())
            {
                if (library.Snapshot.Topics.FirstOrDefault(t => t.Key == topicKey) is not { } topic) continue;
                var quarters = new long[96];
                var today = Contracts.Time.CityTime.DayKey(Contracts.Time.CityTime.LocalDate(clock.GetUtcNow()));
                foreach (var type in topic.RequestTypes)
                {
                    if (!frames.TryGetValue(type, out var frame))
                        frames[type] = frame = await GrainFactory.GetGrain<IFigureGrain>(FigureDimension.Service + ":" + type).GetFrameAsync();
                    today = frame.Today;
                    for (var s = 0; s < 96 && s < frame.QuarterHours.Length; s++) quarters[s] += frame.QuarterHours[s];
                }
                result.Add(Deflection.Compute(pushId, plan.CreatedAt, topic, quarters, today, clock.GetUtcNow()));
            }
        }
        return [.. result];
    }
}
