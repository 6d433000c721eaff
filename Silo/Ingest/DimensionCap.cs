using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Normalization;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Caps the distinct departments outside the catalog and the distinct request types, cluster-wide: 5,000 junk agencies
/// made each city frame 868 KB and the board 5,000 rows. The codes already counted are read from the figure versions
/// hash (<c>{prefix}:v</c>, fields <c>dept:*</c> and <c>service:*</c>) every <see cref="IngestOptions.DimensionRefresh"/>
/// in the background, never once per event. Past the cap a new code is folded into "Unassigned" / "Other request types";
/// a code already known keeps its entry. Between two refreshes, silos admit new codes without seeing each other's, so
/// the cap can be overshot by what several silos admit at once in one refresh window: a few extra rows, not thousands.
/// </summary>
public sealed partial class DimensionCap
{
    public const string OtherServiceCode = "other";

    public static ServiceType OtherService { get; } = new(OtherServiceCode, "Other request types");

    private static readonly HashSet<string> CatalogDepartments =
        [.. DepartmentCatalog.Known.Select(d => d.Code)];

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _versions;
    private readonly IngestOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DimensionCap> _logger;
    private readonly ConcurrentDictionary<string, byte> _departments = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _services = new(StringComparer.Ordinal);
    private long _nextRefresh;
    private int _refreshing;

    public DimensionCap(IConnectionMultiplexer redis, CounterStore store, IOptions<IngestOptions> options, TimeProvider clock, ILogger<DimensionCap> logger)
    {
        _redis = redis;
        _versions = store.Keys.Versions;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The first read, awaited at startup (<see cref="IngestWarmup"/>), so a fresh silo doesn't admit a whole cap's worth anew.</summary>
    public Task LoadAsync()
    {
        Interlocked.Exchange(ref _refreshing, 1);
        return RefreshAsync();
    }

    public Department Admit(Department department)
    {
        RefreshIfDue();
        if (CatalogDepartments.Contains(department.Code) || _departments.ContainsKey(department.Code)) return department;
        if (_departments.Count >= _options.MaxDepartments) return DepartmentCatalog.Unassigned;
        _departments.TryAdd(department.Code, 0);
        return department;
    }

    public ServiceType Admit(ServiceType service)
    {
        RefreshIfDue();
        if (service.Code is ServiceCatalog.UnknownCode or OtherServiceCode || _services.ContainsKey(service.Code)) return service;
        if (_services.Count >= _options.MaxRequestTypes) return OtherService;
        _services.TryAdd(service.Code, 0);
        return service;
    }

    private void RefreshIfDue()
    {
        var now = _clock.GetTimestamp();
        if (now < Volatile.Read(ref _nextRefresh) || Interlocked.Exchange(ref _refreshing, 1) == 1) return;
        _ = RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        try
        {
            foreach (var field in await _redis.GetDatabase().HashKeysAsync(_versions))
            {
                var name = (string)field!;
                if (name.StartsWith("dept:", StringComparison.Ordinal))
                {
                    var code = name[5..];
                    if (!CatalogDepartments.Contains(code)) _departments.TryAdd(code, 0);
                }
                else if (name.StartsWith("service:", StringComparison.Ordinal))
                {
                    var code = name[8..];
                    if (code is not (ServiceCatalog.UnknownCode or OtherServiceCode)) _services.TryAdd(code, 0);
                }
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Redis away: keep what we know and try again next window; events are refused by the commit meanwhile anyway.
            LogRefreshFailed(_logger, ex.Message);
        }
        finally
        {
            Volatile.Write(ref _nextRefresh, _clock.GetTimestamp() + (long)(_options.DimensionRefresh.TotalSeconds * _clock.TimestampFrequency));
            Volatile.Write(ref _refreshing, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the known departments and request types from Redis: {Reason}")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
