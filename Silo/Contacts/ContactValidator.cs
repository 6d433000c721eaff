using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Contacts;
using Philly311.Ops.Contracts.Naming;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// Every rule that can refuse a contact or agent-state event: the single and the bulk endpoints refuse the same things
/// with the same words. Times are read by <see cref="IsoTime"/> (ISO 8601 with an offset, nothing else) and must lie
/// between <see cref="ContactOptions.MaxAge"/> ago and <see cref="IngestOptions.FutureTolerance"/> ahead.
/// </summary>
public sealed partial class ContactValidator(TimeProvider clock, IOptions<IngestOptions> ingest, IOptions<ContactOptions> contacts)
{
    private const int MaxQueueName = 64;
    private const int MaxSkills = 50;

    public static readonly IReadOnlySet<string> ContactFieldSet = new HashSet<string>(StringComparer.Ordinal)
    {
        ContactFields.EventId, ContactFields.Type, ContactFields.ContactId, ContactFields.Queue, ContactFields.Channel,
        ContactFields.Language, ContactFields.AgentId, ContactFields.At,
    };

    public static readonly IReadOnlySet<string> AgentFieldSet = new HashSet<string>(StringComparer.Ordinal)
    {
        ContactFields.AgentId, ContactFields.Queues, ContactFields.State, ContactFields.At,
    };

    public bool TryContact(ReadOnlyMemory<byte> json, out ContactEvent? contact, out FieldError? error)
    {
        contact = null;
        if (!StrictJsonObject.TryParse(json, ContactFieldSet, out var body, out error)) return false;
        var o = body!;
        string? eventId = null, typeText = null, contactId = null, queueText = null, channelText = null, language = null, agent = null, at = null;
        string type = "", queue = "", channel = "";
        DateTimeOffset instant = default;
        error = o.Text(ContactFields.EventId, true, out eventId)
            ?? o.Text(ContactFields.Type, false, out typeText)
            ?? o.Text(ContactFields.ContactId, true, out contactId)
            ?? o.Text(ContactFields.Queue, false, out queueText)
            ?? o.Text(ContactFields.Channel, false, out channelText)
            ?? o.Text(ContactFields.Language, false, out language)
            ?? o.Text(ContactFields.AgentId, true, out agent)
            ?? o.Text(ContactFields.At, false, out at)
            ?? Id(ContactFields.EventId, eventId, true, out eventId)
            ?? Type(typeText, out type)
            ?? Id(ContactFields.ContactId, contactId, true, out contactId)
            ?? Queue(ContactFields.Queue, queueText, out queue)
            ?? Channel(channelText, out channel)
            ?? Language(language, out language)
            ?? Id(ContactFields.AgentId, agent, ContactEventType.NeedsAgent(type), out agent)
            ?? Time(at, out instant);
        if (error is not null) return false;
        contact = new ContactEvent(eventId!, type, contactId!, queue, channel, language!, agent, instant);
        return true;
    }

    public bool TryAgentState(ReadOnlyMemory<byte> json, out AgentStateEvent? state, out FieldError? error)
    {
        state = null;
        if (!StrictJsonObject.TryParse(json, AgentFieldSet, out var body, out error)) return false;
        var o = body!;
        string? agent = null, stateText = null, at = null;
        string[]? skills = null;
        string[] queues = [];
        string name = "";
        DateTimeOffset instant = default;
        error = o.Text(ContactFields.AgentId, true, out agent)
            ?? o.TextArray(ContactFields.Queues, MaxSkills, out skills)
            ?? o.Text(ContactFields.State, false, out stateText)
            ?? o.Text(ContactFields.At, false, out at)
            ?? Id(ContactFields.AgentId, agent, true, out agent)
            ?? Skills(skills, out queues)
            ?? State(stateText, out name)
            ?? Time(at, out instant);
        if (error is not null) return false;
        state = new AgentStateEvent(agent!, queues, name, instant);
        return true;
    }

    private static FieldError? Id(string field, string? text, bool required, out string? id)
    {
        id = null;
        if (text is not null && SenderText.HasUnsafe(text)) return new(field, $"{field} holds control characters.");
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return required ? new(field, $"{field} is required.") : null;
        if (!IdPattern().IsMatch(trimmed)) return new(field, $"{field} must be 1–64 characters of letters, digits, '.', '_', ':' or '-'.");
        id = trimmed;
        return null;
    }

    private static FieldError? Type(string? text, out string type)
    {
        type = "";
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return new(ContactFields.Type, "type is required.");
        if (!ContactEventType.All.Contains(trimmed, StringComparer.Ordinal))
            return new(ContactFields.Type, $"type must be one of {string.Join(", ", ContactEventType.All)}, not '{SenderText.Quote(trimmed)}'.");
        type = trimmed;
        return null;
    }

    private static FieldError? State(string? text, out string state)
    {
        state = "";
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return new(ContactFields.State, "state is required.");
        if (!AgentState.All.Contains(trimmed, StringComparer.Ordinal))
            return new(ContactFields.State, $"state must be one of {string.Join(", ", AgentState.All)}, not '{SenderText.Quote(trimmed)}'.");
        state = trimmed;
        return null;
    }

    private static FieldError? Queue(string field, string? text, out string slug)
    {
        slug = "";
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return new(field, $"{field} is required.");
        if (trimmed.Length > MaxQueueName) return new(field, $"{field} must be at most {MaxQueueName} characters.");
        if (SenderText.HasUnsafe(trimmed)) return new(field, $"{field} holds control or bidi-override characters.");
        // The queue's key: "Spanish Line" and "spanish-line" are one queue; a name in another script gets a hashed key of its own.
        slug = KeySlug.From(trimmed, "queue-");
        return null;
    }

    private static FieldError? Skills(string[]? items, out string[] queues)
    {
        queues = [];
        if (items is null) return new(ContactFields.Queues, "queues is required (an array of queue names; empty for none).");
        var slugs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (Queue(ContactFields.Queues, item, out var slug) is { } error) return error;
            slugs.Add(slug);
        }
        queues = [.. slugs];
        return null;
    }

    private static FieldError? Channel(string? text, out string channel)
    {
        channel = "";
        if (string.IsNullOrWhiteSpace(text)) return new(ContactFields.Channel, "channel is required.");
        return ContactChannel.TryResolve(text, out channel)
            ? null
            : new(ContactFields.Channel, $"channel must be one of {string.Join(", ", ContactChannel.All)}, not '{SenderText.Quote(text)}'.");
    }

    private static FieldError? Language(string? text, out string? language)
    {
        language = "und";
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (!LanguagePattern().IsMatch(trimmed)) return new(ContactFields.Language, "language must be a language tag such as en, es or zh-Hant.");
        language = trimmed.ToLowerInvariant();
        return null;
    }

    private FieldError? Time(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)) return new(ContactFields.At, "at is required.");
        if (!IsoTime.TryParse(text.Trim(), out var parsed))
            return new(ContactFields.At, $"at must be an ISO 8601 date-time with an offset (2025-02-14T11:00:00-05:00), not '{SenderText.Quote(text)}'.");
        var now = clock.GetUtcNow();
        if (parsed > now + ingest.Value.FutureTolerance)
            return new(ContactFields.At, $"at is more than {ingest.Value.FutureTolerance.TotalHours:0.#} hours ahead of now.");
        if (parsed < now - contacts.Value.MaxAge)
            return new(ContactFields.At, $"at is more than {contacts.Value.MaxAge.TotalDays:0.#} days old: older events can't be checked for duplicates.");
        instant = parsed.ToUniversalTime();
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$")]
    private static partial Regex LanguagePattern();
}
