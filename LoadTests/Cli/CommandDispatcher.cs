using Philly311.Ops.LoadTests.Baseline;
using Philly311.Ops.LoadTests.Breaches;
using Philly311.Ops.LoadTests.Circuits;
using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Failover;
using Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.LoadTests.Push;
using Philly311.Ops.LoadTests.Ratio;
using Philly311.Ops.LoadTests.Replay;
using Philly311.Ops.LoadTests.Runs;
using Spectre.Console;

namespace Philly311.Ops.LoadTests.Cli;

/// <summary>First word = command: <c>replay</c>, <c>list</c>, or a scenario name / file.</summary>
internal static class CommandDispatcher
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage();
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        // Redirected output (test.sh, CI logs) would otherwise wrap at Spectre's default 80 columns.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;
        using var stop = new StopSignal();
        try
        {
            var rest = args[1..];
            return args[0] switch
            {
                "replay" => await ReplayCommand.RunAsync(ReplayOptions.From(CommandLine.Parse(rest, ReplayOptions.Flags)), stop.Token),
                "list" => SurgeCommand.List(),
                "contact-center" => await ContactCenterCommand.RunAsync(ContactCenterOptions.From(CommandLine.Parse(rest, ContactCenterOptions.Flags)), stop.Token),
                "dashboard-failover" => await FailoverCommand.RunAsync(FailoverOptions.From(CommandLine.Parse(rest, FailoverOptions.Flags)), stop.Token),
                "breach-lag" => await BreachLagCommand.RunAsync(BreachLagOptions.From(CommandLine.Parse(rest, BreachLagOptions.Flags)), stop.Token),
                "ingest-ratio" => await IngestRatioCommand.RunAsync(IngestRatioOptions.From(CommandLine.Parse(rest, IngestRatioOptions.Flags)), stop.Token),
                "push-budget" => await PushBudgetCommand.RunAsync(PushBudgetOptions.From(CommandLine.Parse(rest, PushBudgetOptions.Flags)), stop.Token),
                "circuit-memory" => await CircuitMemoryCommand.RunAsync(CircuitMemoryOptions.From(CommandLine.Parse(rest, CircuitMemoryOptions.Flags)), stop.Token),
                "provider-sim" => await ProviderSimCommand.RunAsync(ProviderSimOptions.From(CommandLine.Parse(rest, ProviderSimOptions.Flags)), stop.Token),
                // Hidden: the bare endpoint of the baseline, started by a run in its own process.
                "bare-endpoint" => await BareEndpointServer.RunAsync((int)CommandLine.Parse(rest, new HashSet<string>()).Number("port", 0), stop.Token),
                _ => await SurgeCommand.RunAsync(SurgeOptions.From(args[0], CommandLine.Parse(rest, SurgeOptions.Flags)), stop.Token),
            };
        }
        catch (UsageException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            PrintUsage();
            return ExitCodes.Usage;
        }
    }

    private static void PrintUsage()
    {
        AnsiConsole.WriteLine("Philly311.Ops load tests");
        AnsiConsole.WriteLine("  " + ReplayOptions.Usage);
        AnsiConsole.WriteLine("  " + SurgeOptions.Usage);
        AnsiConsole.WriteLine("  " + ContactCenterOptions.Usage);
        AnsiConsole.WriteLine("  " + IngestRatioOptions.Usage);
        AnsiConsole.WriteLine("  " + FailoverOptions.Usage);
        AnsiConsole.WriteLine("  " + BreachLagOptions.Usage);
        AnsiConsole.WriteLine("  " + ProviderSimOptions.Usage);
        AnsiConsole.WriteLine("  " + PushBudgetOptions.Usage);
        AnsiConsole.WriteLine("  " + CircuitMemoryOptions.Usage);
        AnsiConsole.WriteLine("  list                      the shipped scenarios");
    }
}
