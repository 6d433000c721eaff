using System.Globalization;
using Philly311.Ops.LoadTests.Runs;

namespace Philly311.Ops.LoadTests.Reports;

/// <summary>The run's counts must add up: every event sent got an answer or an error, and the city moved by exactly the new requests.</summary>
internal static class CountChecks
{
    public static IReadOnlyList<CountCheck> Evaluate(RunResult run)
    {
        var c = run.Counts;
        var checks = new List<CountCheck>
        {
            new("events sent = acknowledged + errors",
                string.Format(CultureInfo.InvariantCulture, "{0:N0} = {1:N0} + {2:N0}", c.Sent, c.Acknowledged, c.ErrorCount),
                c.Sent == c.Acknowledged + c.ErrorCount),
        };
        var requests = c.AcceptedRequests ?? c.Accepted;
        checks.Add(run.CityDelta is { } delta
            ? new("city total moved by the accepted new requests",
                string.Format(CultureInfo.InvariantCulture, "city.received {0:N0} → {1:N0} (Δ {2:N0}); accepted new requests {3:N0}", run.CityBefore, run.CityAfter, delta, requests),
                delta == requests)
            : new("city total moved by the accepted new requests", "GET /api/snapshot could not be read before and after", false));
        return checks;
    }
}
