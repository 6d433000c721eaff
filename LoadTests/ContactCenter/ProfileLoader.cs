using System.Globalization;
using Philly311.Ops.LoadTests.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Reads and validates a contact-center profile. Unknown keys, a queue without a shape, a skill naming no queue or a
/// shift without agents are refused with their place, so a typo cannot quietly simulate a different day.
/// </summary>
internal static class ProfileLoader
{
    public static readonly string[] Channels = ["phone", "web-chat", "social", "email", "sms", "walk-in"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "contact-center-profile.yaml");

    public static ContactCenterProfile Load(string? path = null)
    {
        path ??= DefaultPath;
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"Cannot read the profile {path}: {ex.Message}");
        }
    }

    public static ContactCenterProfile Parse(string text)
    {
        ProfileFile file;
        try
        {
            file = Yaml.Deserialize<ProfileFile>(text) ?? throw new ProfileException("The profile is empty.");
        }
        catch (YamlException ex)
        {
            throw new ProfileException($"Profile, line {ex.Start.Line}: {(ex.InnerException ?? ex).Message}");
        }
        if (file.Queues.Count == 0) throw new ProfileException("The profile needs at least one queue.");

        var queues = file.Queues.Select((q, i) => Queue(q, i, file.Shapes)).ToList();
        var duplicate = queues.GroupBy(q => q.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ProfileException($"Queue '{duplicate.Key}' is listed twice.");
        for (var i = 0; i < queues.Count; i++) CheckTransfers(queues[i], i, queues);
        var acw = file.AfterContactWork is { } a ? Duration(a, "after_contact_work") : new LogNormal(30, 0.5);
        var breaks = file.Breaks.Select((b, i) => new BreakRule(
            DurationText.Parse(b.After, $"breaks[{i}].after"),
            b.Minutes is > 0 and <= 120 ? TimeSpan.FromMinutes(b.Minutes) : throw new ProfileException($"breaks[{i}].minutes must be 1–120."))).ToList();
        if (file.BreakStaggerMinutes is < 0 or > 240) throw new ProfileException("break_stagger_minutes must be 0–240.");
        var shifts = Shifts(file.Shifts, "shifts", queues.Select(q => q.Name).ToHashSet());
        return new ContactCenterProfile(file.Name ?? "profile", queues, shifts, breaks, TimeSpan.FromMinutes(file.BreakStaggerMinutes), acw, []);
    }

    public static IReadOnlyList<ShiftPlan> Shifts(IReadOnlyList<ShiftFile> shifts, string where, IReadOnlySet<string> queues)
    {
        var plans = new List<ShiftPlan>();
        for (var i = 0; i < shifts.Count; i++)
        {
            var s = shifts[i];
            var place = $"{where}[{i}] '{s.Name}'";
            if (string.IsNullOrWhiteSpace(s.Name)) throw new ProfileException($"{where}[{i}] needs a name.");
            if (s.Agents is < 1 or > 2_000) throw new ProfileException($"{place}: agents must be 1–2000.");
            if (s.Skills.Count == 0) throw new ProfileException($"{place} needs at least one skill (a queue).");
            if (s.Skills.FirstOrDefault(k => !queues.Contains(k)) is { } unknown) throw new ProfileException($"{place}: skill '{unknown}' is not a queue.");
            var start = WallClock(s.Start, place + " start");
            var end = WallClock(s.End, place + " end");
            if (start == end) throw new ProfileException($"{place}: start and end are the same.");
            plans.Add(new ShiftPlan(s.Name, start, end, s.Agents, s.Skills));
        }
        if (plans.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1) is { } twice) throw new ProfileException($"Shift '{twice.Key}' is listed twice.");
        return plans;
    }

    public static TimeOnly WallClock(string? text, string what) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new ProfileException($"{what} '{text}' is not a city wall-clock time such as 08:00.");

    public static IReadOnlyList<double> Shape(IReadOnlyList<double>? shape, string what)
    {
        if (shape is not { Count: 24 }) throw new ProfileException($"{what} needs 24 hourly weights (00 … 23).");
        if (shape.Any(w => w < 0 || !double.IsFinite(w))) throw new ProfileException($"{what}: weights must be 0 or more.");
        if (shape.Sum() <= 0) throw new ProfileException($"{what}: at least one hour needs a weight.");
        return shape;
    }

    private static QueueProfile Queue(QueueFile q, int index, IReadOnlyDictionary<string, List<double>> shapes)
    {
        var place = $"queues[{index}] '{q.Name}'";
        if (string.IsNullOrWhiteSpace(q.Name)) throw new ProfileException($"queues[{index}] needs a name.");
        if (q.Channel is null || !Channels.Contains(q.Channel)) throw new ProfileException($"{place}: channel '{q.Channel}' is not one of {string.Join(", ", Channels)}.");
        if (q.PerDay is < 0 or > 10_000_000 || !double.IsFinite(q.PerDay)) throw new ProfileException($"{place}: per_day must be 0–10,000,000.");
        if (q.Shape is null || !shapes.TryGetValue(q.Shape, out var weights)) throw new ProfileException($"{place}: shape '{q.Shape}' is not under shapes.");
        var shape = Shape(weights, $"shapes.{q.Shape}");
        if (q.Languages.Count == 0 || q.Languages.Values.All(w => w <= 0)) throw new ProfileException($"{place} needs languages with a positive weight.");
        if (q.Handle is null) throw new ProfileException($"{place} needs a handle time.");
        if (q.PatienceSeconds is < 0 or > 7 * 86_400) throw new ProfileException($"{place}: patience_seconds must be 0 (never abandons) to a week.");
        if (q.Transfers.FirstOrDefault(t => t.Value is < 0 or > 100 || !double.IsFinite(t.Value)) is { Key: { } bad })
            throw new ProfileException($"{place}: transfers.{bad} must be 0–100 (percent of answered contacts).");
        if (q.Transfers.Values.Sum() > 100) throw new ProfileException($"{place}: transfers add up to more than 100 %.");
        return new QueueProfile(q.Name, q.Channel, Rates(q.PerDay, shape), new WeightedChoice(q.Languages), Duration(q.Handle, place + " handle"),
            TimeSpan.FromSeconds(q.PatienceSeconds), new TransferShares(q.Transfers));
    }

    /// <summary>A transfer goes to another queue of the profile on the same channel: a call is not sent on as an email.</summary>
    private static void CheckTransfers(QueueProfile queue, int index, IReadOnlyList<QueueProfile> queues)
    {
        var place = $"queues[{index}] '{queue.Name}'";
        foreach (var target in queue.Transfers.Targets)
        {
            if (target == queue.Name) throw new ProfileException($"{place}: transfers.{target} is the queue itself.");
            var to = queues.FirstOrDefault(q => q.Name == target) ?? throw new ProfileException($"{place}: transfers.{target} is not a queue.");
            if (to.Channel != queue.Channel) throw new ProfileException($"{place}: transfers.{target} is a {to.Channel} queue, not {queue.Channel}.");
        }
    }

    /// <summary>Spreads a day's volume over the hours in proportion to the shape.</summary>
    public static IReadOnlyList<double> Rates(double perDay, IReadOnlyList<double> shape)
    {
        var total = shape.Sum();
        return shape.Select(w => perDay * w / total).ToArray();
    }

    private static LogNormal Duration(HandleFile h, string what)
    {
        if (h.MeanSeconds is <= 0 or > 86_400) throw new ProfileException($"{what}: mean_seconds must be above 0 and at most a day.");
        if (h.Cv is < 0 or > 5) throw new ProfileException($"{what}: cv must be 0–5.");
        return new LogNormal(h.MeanSeconds, h.Cv);
    }
}
