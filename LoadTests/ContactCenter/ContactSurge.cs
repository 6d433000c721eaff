using Philly311.Ops.LoadTests.Scenarios;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// How a surge changes the normal day: <see cref="Arrivals"/> multiplies every queue unless <see cref="QueueFactors"/>
/// names it; patience and handle times scale; shapes and the roster may be replaced; a backlog may be holding.
/// The file form stays unresolved until <see cref="Apply"/> meets the profile, whose queues it must name.
/// </summary>
internal sealed record ContactSurge(
    string Name,
    double Arrivals,
    IReadOnlyDictionary<string, double> QueueFactors,
    double Patience = 1,
    double Handle = 1,
    TimeOnly? StartsAt = null,
    ContactCenterFile? File = null)
{
    public static ContactSurge None { get; } = new("none", 1, new Dictionary<string, double>());

    public static ContactSurge Factor(double factor) =>
        factor is > 0 and <= 1_000 && double.IsFinite(factor)
            ? new ContactSurge($"×{factor:0.##}", factor, new Dictionary<string, double>())
            : throw new ProfileException($"A surge factor must be above 0 and at most 1000, not {factor}.");

    public static ContactSurge FromFile(string name, ContactCenterFile file)
    {
        if (file.Arrivals is <= 0 or > 1_000) throw new ProfileException($"{name} contact_center.arrivals must be above 0 and at most 1000.");
        if (file.Queues.FirstOrDefault(q => q.Value is < 0 or > 1_000) is { Key: { } bad }) throw new ProfileException($"{name} contact_center.queues.{bad} must be 0–1000.");
        if (file.Patience is <= 0 or > 100) throw new ProfileException($"{name} contact_center.patience must be above 0 and at most 100.");
        if (file.Handle is <= 0 or > 100) throw new ProfileException($"{name} contact_center.handle must be above 0 and at most 100.");
        TimeOnly? startsAt = file.StartsAt is { } s ? ProfileLoader.WallClock(s, $"{name} contact_center.starts_at") : null;
        return new ContactSurge(name, file.Arrivals, file.Queues, file.Patience, file.Handle, startsAt, file);
    }

    public double FactorOf(string queue) => QueueFactors.TryGetValue(queue, out var factor) ? factor : Arrivals;

    public ContactCenterProfile Apply(ContactCenterProfile profile)
    {
        var names = profile.Queues.Select(q => q.Name).ToHashSet();
        if (QueueFactors.Keys.FirstOrDefault(k => !names.Contains(k)) is { } unknown) throw new ProfileException($"{Name} contact_center.queues: '{unknown}' is not a queue of the profile.");
        var queues = profile.Queues.Select(q =>
        {
            var rates = File?.Shapes.Count > 0 && ShapeOf(q) is { } shape ? ProfileLoader.Rates(q.HourlyRates.Sum(), shape) : q.HourlyRates;
            var factor = FactorOf(q.Name);
            return q with { HourlyRates = rates.Select(r => r * factor).ToArray(), Handle = q.Handle.Scaled(Handle), Patience = q.Patience * Patience };
        }).ToList();
        var shifts = File?.Shifts.Count > 0 ? ProfileLoader.Shifts(File.Shifts, $"{Name} contact_center.shifts", names) : profile.Shifts;
        var backlogs = File?.Backlog is { } b ? [.. profile.Backlogs, Backlog(b, names)] : profile.Backlogs;
        return profile with { Name = this == None ? profile.Name : $"{profile.Name}, {Name}", Queues = queues, Shifts = shifts, Backlogs = backlogs };
    }

    /// <summary>A replaced shape applies to the queues that used the shape of that name in the profile, found by channel.</summary>
    private IReadOnlyList<double>? ShapeOf(QueueProfile queue)
    {
        var shapes = File!.Shapes;
        var key = shapes.ContainsKey(queue.Name) ? queue.Name : shapes.ContainsKey(queue.Channel) ? queue.Channel : null;
        return key is null ? null : ProfileLoader.Shape(shapes[key], $"{Name} contact_center.shapes.{key}");
    }

    private Backlog Backlog(BacklogFile b, IReadOnlySet<string> queues)
    {
        var where = $"{Name} contact_center.backlog";
        if (b.Queue is null || !queues.Contains(b.Queue)) throw new ProfileException($"{where}.queue '{b.Queue}' is not a queue of the profile.");
        if (b.Holding is < 1 or > 1_000_000) throw new ProfileException($"{where}.holding must be 1–1,000,000.");
        var over = DurationText.Parse(b.Over ?? "30m", where + ".over");
        if (over <= TimeSpan.Zero || over > TimeSpan.FromHours(12)) throw new ProfileException($"{where}.over must be above 0 and at most 12 h.");
        return new Backlog(b.Queue, b.Holding, ProfileLoader.WallClock(b.At, where + ".at"), over);
    }
}
