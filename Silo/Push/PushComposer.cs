using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Faq;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Channels;
using Philly311.Ops.Silo.Faq;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Turns a push request into a plan with the exact texts and versions to send, or refuses it naming the field: an unknown
/// item or language, a language an item has no text in (a gap is never filled by a machine), a channel without a provider
/// (for an exercise: without a sandbox provider), too many deliveries.
/// </summary>
public sealed class PushComposer(FaqLibrary library, ChannelRouter router, IOptions<PushOptions> options)
{
    public PushPlan? Compose(string eventId, bool exercise, PushRequest request, string who, DateTimeOffset now, out PushStarted? refused)
    {
        refused = Check(exercise, request);
        if (refused is not null) return null;
        var texts = new List<PlannedText>();
        foreach (var id in request.ItemIds.Distinct())
        {
            var item = library.Find(id)!;
            foreach (var language in request.Languages.Distinct())
            {
                var text = item.TextIn(language)!;
                texts.Add(new PlannedText(item.Id, item.Topic, item.Version, language, text.Title, text.Body));
            }
        }
        var channels = request.Channels.Distinct().ToArray();
        return new PushPlan(PushGrain.NewPushId(), eventId, exercise, now, who, [.. texts], PushPlan.Cross(texts.Count, channels));
    }

    private PushStarted? Check(bool exercise, PushRequest request)
    {
        if (request.ItemIds.Length == 0) return PushStarted.Refused("items", "Choose at least one FAQ item.");
        if (request.Languages.Length == 0) return PushStarted.Refused("languages", "Choose at least one language.");
        if (request.Channels.Length == 0) return PushStarted.Refused("channels", "Choose at least one channel.");
        if (!router.Options.Configured) return PushStarted.Refused("channels", "No channel providers are configured on this silo (Channels:Providers).");
        foreach (var id in request.ItemIds)
        {
            var item = library.Find(id);
            if (item is null) return PushStarted.Refused("items", $"'{id}' is not an item of the FAQ library.");
            foreach (var language in request.Languages)
            {
                if (FaqLanguages.Find(language) is null) return PushStarted.Refused("languages", $"'{language}' is not one of the library's languages.");
                if (item.TextIn(language) is null)
                    return PushStarted.Refused("languages", $"'{id}' has no {FaqLanguages.Find(language)!.EnglishName} text yet (a gap in the library; it needs a translator, not a machine).");
            }
        }
        foreach (var channel in request.Channels)
        {
            if (router.Find(channel, exercise) is null)
                return PushStarted.Refused("channels", exercise
                    ? $"No sandbox provider for {channel} (Channels:Exercise:{channel}): an exercise never goes to a real channel."
                    : $"No provider for {channel} (Channels:Live:{channel}).");
        }
        var count = request.ItemIds.Distinct().Count() * request.Languages.Distinct().Count() * request.Channels.Distinct().Count();
        if (count > options.Value.MaxDeliveries) return PushStarted.Refused("items", $"{count} deliveries is more than one push may make ({options.Value.MaxDeliveries}).");
        return null;
    }
}
