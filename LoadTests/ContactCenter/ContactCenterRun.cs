using System.Globalization;
using System.Text.Json;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Drives a <see cref="ContactCenterSimulation"/> in step with the clock and ships what it produced every second,
/// agent states first (so an answering agent is known), then contact events, each as bulk NDJSON. With
/// <c>--today</c> the simulated day starts at city midnight and everything up to now is loaded at once; the same
/// seed on the same day gives the same event ids, so a restart re-sends the morning as duplicates, not as new contacts.
/// </summary>
internal sealed class ContactCenterRun(
    ContactCenterOptions options, ContactCenterProfile profile, ContactSurge surge, ContactBulkSender contacts, ContactBulkSender agents,
    TimeProvider clock, Action<string> say)
{
    private const int BulkChunk = 5_000;
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);

    public long SentContactEvents { get; private set; }

    public long SentAgentEvents { get; private set; }

    /// <summary>Contact events loaded at once with --today (the day so far).</summary>
    public long PreloadedContactEvents { get; private set; }

    public ContactCenterSimulation? Simulation { get; private set; }

    public ContactTimeline? Timeline { get; private set; }

    /// <summary>False when the silo refused the API key; otherwise runs until stopped or --duration is over.</summary>
    public async Task<bool> RunAsync(CancellationToken stop)
    {
        var wallStart = clock.GetUtcNow();
        var (simulatedStart, prefix) = Start(wallStart);
        Timeline = options.Today ? new ContactTimeline(wallStart, wallStart, options.Speed) : new ContactTimeline(simulatedStart, wallStart, options.Speed);
        var simulation = Simulation = new ContactCenterSimulation(profile, options.Seed, simulatedStart, prefix);
        var day = profile.PerDay;
        say(string.Create(CultureInfo.InvariantCulture,
            $"Contact center '{profile.Name}' ({profile.Queues.Count} queues, {day:N0} contacts a day, {profile.Shifts.Sum(s => s.Agents)} agents on {profile.Shifts.Count} shifts; surge {surge.Name}) → {options.Target} at {options.Speed}×, seed {options.Seed}, ids '{prefix}…'."));
        say($"  simulated day starts {CityTime.ToLocal(simulatedStart):ddd yyyy-MM-dd HH:mm} ET{(options.Today ? "; the day so far loads at once" : "")}.");

        if (options.Today)
        {
            simulation.AdvanceTo(wallStart);
            PreloadedContactEvents = simulation.PendingContactEvents;
            if (!await FlushAsync(simulation, stop)) return false;
            say(Line("Loaded at once (the day so far)", simulation.Status()));
        }

        var deadline = options.Duration is { } duration ? wallStart + duration : DateTimeOffset.MaxValue;
        var reported = clock.GetUtcNow();
        while (!stop.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var last = now >= deadline;
            simulation.AdvanceTo(Timeline.SimulatedAt(last ? deadline : now));
            if (!await FlushAsync(simulation, stop)) return false;
            if (last) break;
            if (clock.GetUtcNow() - reported >= ReportEvery)
            {
                reported = clock.GetUtcNow();
                say(Line($"{CityTime.ToLocal(reported):HH:mm} ET live", simulation.Status()));
            }
            try { await Task.Delay(Tick, clock, stop); }
            catch (OperationCanceledException) { break; }
        }
        say(Line("End", simulation.Status()));
        return true;
    }

    /// <summary>
    /// --today: city midnight, ids of the day. Otherwise now, or the scenario's city time of day (the blizzard starts
    /// before 6 am whatever the hour of the run), ids of the run.
    /// </summary>
    private (DateTimeOffset Start, string Prefix) Start(DateTimeOffset wall)
    {
        var today = CityTime.LocalDate(wall);
        if (options.Today)
            return (CityDayShift.FromCityWallClock(today.ToDateTime(TimeOnly.MinValue)), string.Create(CultureInfo.InvariantCulture, $"cc{today:yyyyMMdd}-{options.Seed}-"));
        var start = surge.StartsAt is { } at ? CityDayShift.FromCityWallClock(today.ToDateTime(at)) : wall;
        return (start, string.Create(CultureInfo.InvariantCulture, $"cc{CityTime.ToLocal(wall):yyyyMMddHHmmss}-{options.Seed}-"));
    }

    private async Task<bool> FlushAsync(ContactCenterSimulation simulation, CancellationToken stop)
    {
        var timeline = Timeline!;
        foreach (var chunk in simulation.TakeAgentEvents().Chunk(BulkChunk))
        {
            var body = Ndjson(chunk, e => JsonSerializer.Serialize(e with { At = CityTime.ToLocal(timeline.WallAt(e.At)) }, ContactWireJson.Default.AgentStateEvent));
            if (!await agents.SendAsync(body, chunk.Length, "agent state", stop)) return false;
            SentAgentEvents += chunk.Length;
        }
        foreach (var chunk in simulation.TakeContactEvents().Chunk(BulkChunk))
        {
            var body = Ndjson(chunk, e => JsonSerializer.Serialize(e with { At = CityTime.ToLocal(timeline.WallAt(e.At)) }, ContactWireJson.Default.ContactEvent));
            if (!await contacts.SendAsync(body, chunk.Length, "contact", stop)) return false;
            SentContactEvents += chunk.Length;
        }
        return true;
    }

    private static ReadOnlyMemory<byte> Ndjson<T>(IEnumerable<T> events, Func<T, string> line)
    {
        var text = new System.Text.StringBuilder();
        foreach (var e in events) text.Append(line(e)).Append('\n');
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private string Line(string when, SimulationStatus status)
    {
        var busiest = status.Waiting.Where(w => w.Value > 0).OrderByDescending(w => w.Value).Take(3).Select(w => $"{w.Key} {w.Value}");
        var waiting = status.Waiting.Values.Sum();
        var a = status.Agents;
        return string.Create(CultureInfo.InvariantCulture,
            $"{when}: simulated {CityTime.ToLocal(status.At):HH:mm} ET; waiting {waiting}{(waiting > 0 ? " (" + string.Join(", ", busiest) + ")" : "")}; " +
            $"agents {a[AgentState.Available]} available, {a[AgentState.OnContact]} on contact, {a[AgentState.AfterContactWork]} wrap-up, {a[AgentState.Break]} on break; " +
            $"offered {status.Offered}, answered {status.Answered}, abandoned {status.Abandoned}, transferred {status.Transferred}; sent {SentContactEvents} contact + {SentAgentEvents} agent events, retries {contacts.Retries + agents.Retries}.");
    }
}
