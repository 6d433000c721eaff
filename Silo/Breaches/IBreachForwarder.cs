namespace Philly311.Ops.Silo.Breaches;

/// <summary>Tells the breach grain a commit changed the breached set. Never throws and never waits: the commit is durable.</summary>
public interface IBreachForwarder
{
    void Nudge(long breachVersion);
}
