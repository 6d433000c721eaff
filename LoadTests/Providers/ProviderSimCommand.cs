using Spectre.Console;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary><c>provider-sim</c>: runs the simulator until Ctrl-C, printing what it received every 10 s.</summary>
internal static class ProviderSimCommand
{
    public static async Task<int> RunAsync(ProviderSimOptions options, CancellationToken stop)
    {
        await using var simulator = await ProviderSimulator.StartAsync(options);
        AnsiConsole.MarkupLineInterpolated($"provider-sim: {simulator.Url} (accounts /live, /sandbox), SMTP sink 127.0.0.1:{simulator.Smtp.Port}; {options}");
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), stop);
                AnsiConsole.WriteLine($"provider-sim: {simulator.Ledger.Messages.Count} messages, {simulator.Ledger.Refused} refused (simulated), {simulator.Smtp.ByMessageId.Count} emails");
            }
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
