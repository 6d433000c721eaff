using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Threading.Channels;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// A sender of the kind the issue describes: a steady rate of new events, each with its own id, spread round-robin
/// over the silos' HTTP APIs, each sent until a silo acknowledges it (2xx) — on a refused connection to the next silo
/// at once, on 429/503 after the silo's Retry-After — so that at the end every event was acknowledged exactly once in
/// its own count, independently of the product's counters. Every attempt is kept for the test to judge.
/// </summary>
public sealed class SteadyIngest : IAsyncDisposable
{
    public const string TimeoutError = "timeout";

    /// <summary>Far beyond the silo's 1.5 s commit deadline: an attempt that takes this long is a hang, not an answer.</summary>
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(10);

    private static readonly string[] Agencies = ["Streets Department", "Water Department (PWD)", "Police Department", "License & Inspections", "Parks & Recreation"];

    private readonly string[] _silos;
    private readonly double _perSecond;
    private readonly Func<string, (string Path, object Body)> _request;
    private readonly string _prefix = "f" + Guid.NewGuid().ToString("N")[..6] + "-";
    private readonly HttpClient _http;
    private readonly Channel<string> _due = Channel.CreateUnbounded<string>();
    private readonly ConcurrentQueue<IngestAttempt> _attempts = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _acknowledged = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopGenerating = new();
    private readonly CancellationTokenSource _stopSending = new();
    private readonly List<Task> _tasks = [];
    private int _generated;
    private int _next;

    /// <param name="request">What event <c>id</c> is and where it goes; service requests to <c>/api/requests</c> unless given.</param>
    public SteadyIngest(IEnumerable<string> siloUrls, double perSecond, Stopwatch clock, Func<string, (string Path, object Body)>? request = null)
    {
        _silos = [.. siloUrls];
        _perSecond = perSecond;
        _request = request ?? (id => ("/api/requests", NewEvent(id)));
        Clock = clock;
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = ClientTimeout };
        _http.DefaultRequestHeaders.Add("X-Api-Key", FaultCluster.ApiKey);
    }

    /// <summary>The test's clock: every attempt's time is on it.</summary>
    public Stopwatch Clock { get; }

    public int Generated => Volatile.Read(ref _generated);

    public int Acknowledged => _acknowledged.Count;

    public int Outstanding => Generated - Acknowledged;

    public IReadOnlyCollection<IngestAttempt> Attempts => _attempts;

    /// <summary>Acknowledged before this moment on the test clock.</summary>
    public int AcknowledgedBefore(TimeSpan moment) => _acknowledged.Values.Count(t => t < moment);

    public void Start(int senders = 24)
    {
        _tasks.Add(Task.Run(GenerateAsync));
        for (var i = 0; i < senders; i++) _tasks.Add(Task.Run(SendAsync));
    }

    /// <summary>Stops making new events and waits until every event made so far is acknowledged; answers the time the last took.</summary>
    public async Task<TimeSpan> DrainAsync(TimeSpan patience)
    {
        await _stopGenerating.CancelAsync();
        var deadline = Clock.Elapsed + patience;
        while (Outstanding > 0 && Clock.Elapsed < deadline) await Task.Delay(50);
        return _acknowledged.Values.DefaultIfEmpty().Max();
    }

    public string Describe() =>
        $"{Generated} events made, {Acknowledged} acknowledged, {Outstanding} outstanding, {_attempts.Count} attempts "
        + $"({string.Join(", ", _attempts.GroupBy(a => a.Status?.ToString(CultureInfo.InvariantCulture) ?? a.Error ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"))})";

    private async Task GenerateAsync()
    {
        var start = Clock.Elapsed;
        try
        {
            for (var i = 0; !_stopGenerating.IsCancellationRequested; i++)
            {
                var due = start + TimeSpan.FromSeconds(i / _perSecond) - Clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, _stopGenerating.Token);
                Interlocked.Increment(ref _generated);
                _due.Writer.TryWrite(_prefix + i.ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (OperationCanceledException)
        {
            // Draining: no new events.
        }
    }

    private async Task SendAsync()
    {
        try
        {
            await foreach (var id in _due.Reader.ReadAllAsync(_stopSending.Token))
            {
                var retryIn = await AttemptAsync(id);
                if (retryIn is { } delay) _ = RetryLaterAsync(id, delay);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private async Task RetryLaterAsync(string id, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stopSending.Token);
            _due.Writer.TryWrite(id);
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    /// <summary>One POST; answers when to try this event again, or null once it is acknowledged.</summary>
    private async Task<TimeSpan?> AttemptAsync(string id)
    {
        var silo = _silos[(int)((uint)Interlocked.Increment(ref _next) % _silos.Length)];
        var sentAt = Clock.Elapsed;
        try
        {
            var (path, body) = _request(id);
            using var response = await _http.PostAsync(silo + path, JsonContent.Create(body, body.GetType()), _stopSending.Token);
            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter?.Delta;
            _attempts.Enqueue(new IngestAttempt(id, silo, sentAt, Clock.Elapsed - sentAt, status, retryAfter is not null, null));
            if (response.IsSuccessStatusCode)
            {
                _acknowledged.TryAdd(id, Clock.Elapsed);
                return null;
            }
            return retryAfter ?? TimeSpan.FromMilliseconds(250);
        }
        catch (TaskCanceledException) when (!_stopSending.IsCancellationRequested)
        {
            _attempts.Enqueue(new IngestAttempt(id, silo, sentAt, Clock.Elapsed - sentAt, null, false, TimeoutError));
            return TimeSpan.Zero;
        }
        catch (HttpRequestException ex)
        {
            // A silo that is down: the next attempt goes to the next silo.
            _attempts.Enqueue(new IngestAttempt(id, silo, sentAt, Clock.Elapsed - sentAt, null, false, ex.HttpRequestError.ToString()));
            return TimeSpan.FromMilliseconds(20);
        }
    }

    public static ServiceRequestEvent NewEvent(string id) => new()
    {
        ServiceRequestId = id,
        RequestedDatetime = DateTimeOffset.UtcNow.AddMinutes(-1),
        AgencyResponsible = Agencies[(id.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % Agencies.Length],
        Status = "open",
        Channel = "web",
        Lat = 39.9524,
        Long = -75.1636,
    };

    public async ValueTask DisposeAsync()
    {
        await _stopGenerating.CancelAsync();
        await _stopSending.CancelAsync();
        _due.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_tasks);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _http.Dispose();
        _stopGenerating.Dispose();
        _stopSending.Dispose();
    }
}
