using Philly311.Ops.Contracts.Breaches;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// A one-way call to the breach grain. A lost nudge costs at most one sweep period: every sweep also reads the breach
/// version, so the grain catches up by itself.
/// </summary>
public sealed partial class BreachForwarder(IGrainFactory grains, ILogger<BreachForwarder> logger) : IBreachForwarder
{
    public void Nudge(long breachVersion)
    {
        try
        {
            _ = grains.GetGrain<IBreachGrain>(IBreachGrain.City).NudgeAsync(breachVersion);
        }
        catch (Exception ex)
        {
            LogNudgeFailed(ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not nudge the breach grain ({ErrorType}: {Reason}); its next sweep catches up")]
    private partial void LogNudgeFailed(string errorType, string reason);
}
