using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Traffic;

/// <summary>
/// Makes the run's request events: real parade-day rows (service, agency, ZIP, location) as templates, a run
/// prefix plus a counter as the id (so the city total moves by exactly the accepted count), requested now.
/// Updates close a request this run already had accepted, so the silo answers "updated".
/// </summary>
internal sealed class EventFactory
{
    private static readonly string[] Channels = ["phone", "phone", "phone", "web", "app"];
    private const int Remembered = 65_536;

    private readonly IReadOnlyList<ServiceRequestEvent> _templates;
    private readonly ServiceRequestEvent?[] _accepted = new ServiceRequestEvent?[Remembered];
    private readonly TimeProvider _clock;
    private long _next;
    private long _acceptedCount;
    private long _updatedCount;

    public EventFactory(IReadOnlyList<ServiceRequestEvent> templates, string runPrefix, TimeProvider clock)
    {
        _templates = templates.Count > 0 ? templates : [new ServiceRequestEvent { ServiceRequestId = "t", RequestedDatetime = default, ServiceName = "Information Request", AgencyResponsible = "Philly311 Contact Center" }];
        RunPrefix = runPrefix;
        _clock = clock;
    }

    public string RunPrefix { get; }

    public static IReadOnlyList<ServiceRequestEvent> ShippedTemplates()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "philly311_2025-02-14_eagles_parade_day_sample.csv");
        return File.Exists(path) ? CaseCsvReader.Read(path).Events : [];
    }

    public ServiceRequestEvent NewRequest()
    {
        var n = Interlocked.Increment(ref _next);
        var template = _templates[(int)(n % _templates.Count)];
        return template with
        {
            ServiceRequestId = RunPrefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = "Open",
            RequestedDatetime = _clock.GetUtcNow(),
            UpdatedDatetime = null,
            ExpectedDatetime = null,
            ClosedDatetime = null,
            Channel = Channels[n % Channels.Length],
        };
    }

    public void Accepted(ServiceRequestEvent request)
    {
        var slot = Interlocked.Increment(ref _acceptedCount) % Remembered;
        _accepted[slot] = request;
    }

    /// <summary>
    /// The closed version of an accepted request not updated yet, or a new request while there is none. When the
    /// updates fell more than the remembered window behind (a burst of new requests), they skip to recent ones.
    /// </summary>
    public ServiceRequestEvent NextUpdate()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var accepted = Interlocked.Read(ref _acceptedCount);
            var next = Interlocked.Increment(ref _updatedCount);
            if (next > accepted)
            {
                Interlocked.Decrement(ref _updatedCount);
                break;
            }
            if (accepted - next >= Remembered - 1024)
            {
                Interlocked.CompareExchange(ref _updatedCount, accepted - Remembered / 2, next);
                continue;
            }
            if (_accepted[next % Remembered] is { } known)
            {
                var now = _clock.GetUtcNow();
                return known with { Status = "Closed", UpdatedDatetime = now, ClosedDatetime = now };
            }
        }
        return NewRequest();
    }
}
