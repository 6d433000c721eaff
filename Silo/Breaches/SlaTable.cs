using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// When an open request is due: its <c>expected_datetime</c> if the sender gave one, else its requested time plus
/// its type's SLA. SLAs are elapsed time (UTC arithmetic), so a DST change neither shortens nor stretches one.
/// </summary>
public sealed class SlaTable
{
    private readonly Dictionary<string, TimeSpan> _byType = new(StringComparer.Ordinal);

    public SlaTable(IOptions<BreachOptions> options)
    {
        var settings = options.Value;
        DefaultSla = settings.DefaultSla;
        // Keyed as the counters key types, so "Street Light Outage", "street light outage" and its key all match.
        foreach (var (type, sla) in settings.SlaByRequestType) _byType[ServiceCatalog.Resolve(type, null).Code] = sla;
    }

    public static SlaTable Default { get; } = new(Options.Create(new BreachOptions()));

    public TimeSpan DefaultSla { get; }

    public TimeSpan SlaOf(string requestType) => _byType.TryGetValue(requestType, out var sla) ? sla : DefaultSla;

    /// <summary>The due time of an open version; null once closed (nothing is due).</summary>
    public DateTimeOffset? DueOf(RequestVersion version) =>
        version.IsClosed ? null : version.Expected ?? version.Requested + SlaOf(version.Service);
}
