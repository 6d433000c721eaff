using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// Live data for a self-hosted run, so the measured circuits render real rows: the repo's recorded day laid onto today
/// and loaded in bulk (what <c>replay --today</c> loads at once), and the simulated contact center with its day so far,
/// left running through the measurement so every circuit keeps receiving frames as on a real floor.
/// </summary>
internal sealed class BoardFeed : IAsyncDisposable
{
    private const string RecordedDay = "philly311_2025-02-14_eagles_parade_day_sample.csv";

    private readonly CancellationTokenSource _stop;
    private readonly Task _contactCenter;
    private readonly IngestClient _client;

    private BoardFeed(CancellationTokenSource stop, Task contactCenter, IngestClient client, ReplayTally replay)
    {
        _stop = stop;
        _contactCenter = contactCenter;
        _client = client;
        Replay = replay;
    }

    public ReplayTally Replay { get; }

    public static async Task<BoardFeed> StartAsync(Uri silo, string apiKey, Action<string> say, CancellationToken stop)
    {
        var file = CaseCsvReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", RecordedDay));
        var plan = TodayPlan.Build(file.Events, CloseTimeEstimates.Read(CloseTimeEstimates.DefaultPath), TimeProvider.System, 1, "cm-");
        var client = new IngestClient(silo, apiKey, 2);
        var tally = new ReplayTally();
        var sender = new PatientBulkSender(client, tally, say);
        foreach (var chunk in plan.AtOnce.Chunk(5_000))
        {
            if (!await sender.SendAsync(chunk, stop)) throw new InvalidOperationException("the silo refused the recorded day.");
        }
        say($"recorded day loaded in bulk: {plan.AtOnce.Count} versions (accepted {tally.Accepted}, updated {tally.Updated}, rejected {tally.Rejected})");

        var feedStop = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var options = new ContactCenterOptions(silo, apiKey, null, 1, Today: true, null, null, 311);
        var contactCenter = Task.Run(() => ContactCenterCommand.RunAsync(options, TimeProvider.System, line => say("contact center: " + line), feedStop.Token), CancellationToken.None);
        return new BoardFeed(feedStop, contactCenter, client, tally);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _contactCenter; }
        catch (OperationCanceledException) { }
        _stop.Dispose();
        _client.Dispose();
    }
}
