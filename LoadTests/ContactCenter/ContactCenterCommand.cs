using Philly311.Ops.LoadTests.Cli;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// <c>contact-center</c>: a simulated Philly311 floor feeding <c>/api/contacts</c> and <c>/api/agents/state</c> until
/// stopped (or <c>--duration</c>). Waits for the silo as long as it takes, and keeps waiting whenever it goes away.
/// </summary>
internal static class ContactCenterCommand
{
    private static readonly TimeSpan HealthEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SayWaitingEvery = TimeSpan.FromSeconds(30);

    public static Task<int> RunAsync(ContactCenterOptions options, CancellationToken stop) =>
        RunAsync(options, TimeProvider.System, line => AnsiConsole.WriteLine(line), stop);

    public static async Task<int> RunAsync(ContactCenterOptions options, TimeProvider clock, Action<string> say, CancellationToken stop)
    {
        ContactCenterProfile profile;
        ContactSurge surge;
        try
        {
            surge = options.ResolveSurge();
            profile = surge.Apply(ProfileLoader.Load(options.ProfilePath));
        }
        catch (Exception ex) when (ex is ProfileException or ScenarioException)
        {
            say(ex.Message);
            return ExitCodes.Usage;
        }

        using var contactClient = new IngestClient(options.Target, options.ApiKey, 2, "/api/contacts");
        using var agentClient = new IngestClient(options.Target, options.ApiKey, 2, "/api/agents/state");
        if (!await WaitHealthyAsync(contactClient, clock, say, stop)) return ExitCodes.Interrupted;

        var contacts = new ContactBulkSender(contactClient, say);
        var agents = new ContactBulkSender(agentClient, say);
        var run = new ContactCenterRun(options, profile, surge, contacts, agents, clock, say);
        bool keyTaken;
        try
        {
            keyTaken = await run.RunAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            keyTaken = true;
        }
        say($"Totals: contact events accepted {contacts.Tally.Accepted}, duplicate {contacts.Tally.Duplicate}, rejected {contacts.Tally.Rejected}; " +
            $"agent states accepted {agents.Tally.Accepted}, duplicate {agents.Tally.Duplicate}, rejected {agents.Tally.Rejected}; retries {contacts.Retries + agents.Retries}.");
        if (!keyTaken) return ExitCodes.Usage;
        return stop.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    /// <summary>Never gives up: run.sh may start the simulator before the silo, and the silo may restart under it.</summary>
    private static async Task<bool> WaitHealthyAsync(IngestClient client, TimeProvider clock, Action<string> say, CancellationToken stop)
    {
        var since = clock.GetUtcNow();
        var sayNext = since;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (await client.IsHealthyAsync(stop)) return true;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Ctrl-C while a health check is in flight is the same stop as during the pause below.
                return false;
            }
            var now = clock.GetUtcNow();
            if (now >= sayNext)
            {
                sayNext = now + SayWaitingEvery;
                say($"Waiting for the silo at {client.Target} (/healthz), {(now - since).TotalSeconds:0} s so far.");
            }
            try { await Task.Delay(HealthEvery, clock, stop); }
            catch (OperationCanceledException) { return false; }
        }
        return false;
    }
}
