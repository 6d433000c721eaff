using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Breaches;
using Philly311.Ops.Dashboard.Queues;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// Evaluates every queue and department against its thresholds whenever the live queue or breach feed changes, and
/// each second (an oldest wait grows with no new frame), into <see cref="ActiveAlerts"/>; writes each level change to
/// the shared <see cref="AlertLog"/>, whose scripts make sure one dashboard logs it. A failed write is retried next round.
/// </summary>
public sealed partial class AlertWatch(
    QueueFeed queues, BreachFeed breaches, IServiceProvider services, ActiveAlerts active,
    TimeProvider clock, ILogger<AlertWatch> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Dictionary<string, AlertReading> _logged = new(StringComparer.Ordinal);

    // Resolved when the watch starts, not in the constructor: the Redis connection is made in the host's starting
    // phase, after every hosted service has been constructed (ServiceDefaults' RedisConnection).
    private AlertThresholds thresholds = null!;
    private AlertLog log = null!;
    private IConnectionMultiplexer redis = null!;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        thresholds = services.GetRequiredService<AlertThresholds>();
        log = services.GetRequiredService<AlertLog>();
        redis = services.GetRequiredService<IConnectionMultiplexer>();
        using var queueSubscription = queues.Subscribe(Wake);
        using var breachSubscription = breaches.Subscribe(() => { Wake(); return Task.CompletedTask; });
        thresholds.Changed += Wake;
        try
        {
            await StartListeningAsync();
            while (!stoppingToken.IsCancellationRequested)
            {
                await _wake.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
                await EvaluateAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            thresholds.Changed -= Wake;
        }
    }

    private async Task StartListeningAsync()
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(AlertLog.Changed, (channel, what) =>
            {
                if (what == "thresholds") _ = ReloadAsync();
            });
            await thresholds.LoadAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Config thresholds still apply; overrides arrive with the next change announced once Redis is back.
            LogRedisFailed(e);
        }
    }

    private async Task ReloadAsync()
    {
        try
        {
            await thresholds.LoadAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisFailed(e);
        }
    }

    private async Task EvaluateAsync()
    {
        var now = clock.GetUtcNow();
        var readings = new List<AlertReading>();
        foreach (var frame in queues.Queues())
            readings.Add(AlertEvaluation.Queue(frame, thresholds.ForQueue(QueueKeys.Slug(frame.Key)), now));
        if (breaches.Current is { } breachFrame)
        {
            var flagged = _logged.Values.Where(r => r.Subject.StartsWith(AlertReading.DepartmentPrefix, StringComparison.Ordinal))
                .ToDictionary(r => r.Subject[AlertReading.DepartmentPrefix.Length..], r => r.Name, StringComparer.Ordinal);
            readings.AddRange(AlertEvaluation.Departments(breachFrame, thresholds.ForDepartment, flagged));
        }
        active.Set(readings);

        foreach (var reading in readings)
        {
            var before = _logged.TryGetValue(reading.Subject, out var held) ? held.Level : (AlertLevel?)null;
            if (before == reading.Level) continue;
            try
            {
                if (reading.Level == AlertLevel.Ok) await log.ClearAsync(reading.Subject, reading.Evidence);
                else await log.RaiseAsync(reading);
                _logged[reading.Subject] = reading;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                LogRedisFailed(e);
            }
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A round is already due.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alerts: Redis did not answer; retrying on the next round")]
    private partial void LogRedisFailed(Exception exception);
}
