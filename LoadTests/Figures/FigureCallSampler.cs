using System.Diagnostics;
using System.Text.Json;

namespace Philly311.Ops.LoadTests.Figures;

/// <summary>
/// Reads <c>GET /api/diagnostics/figure-calls</c> (X-Api-Key) of each silo once a second and keeps the answers. A silo that
/// answers anything but 200 is recorded as unavailable with the reason, never guessed.
/// </summary>
internal sealed class FigureCallSampler(IReadOnlyList<Uri> silos, string apiKey, Stopwatch runClock) : IDisposable
{
    public const string Path = "/api/diagnostics/figure-calls";

    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 2 }) { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Dictionary<string, List<FigureCallSample>> _samples = silos.ToDictionary(s => Name(s), _ => new List<FigureCallSample>(), StringComparer.Ordinal);
    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Silos => [.. _samples.Keys];

    public static string Name(Uri silo) => silo.Authority;

    public IReadOnlyList<FigureCallSample> SamplesOf(string silo)
    {
        lock (_samples) return [.. _samples[silo]];
    }

    public long Count
    {
        get { lock (_samples) return _samples.Values.Sum(s => s.Count); }
    }

    public string? Unavailable
    {
        get { lock (_samples) return _problems.Count == 0 ? null : string.Join("; ", _problems.Select(p => $"{p.Key}: {p.Value}")); }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do await Task.WhenAll(silos.Select(s => SampleAsync(s, cancellationToken)));
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) { }
    }

    public async Task SampleAsync(Uri silo, CancellationToken cancellationToken)
    {
        var name = Name(silo);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(silo, Path));
            request.Headers.Add("X-Api-Key", apiKey);
            using var response = await _http.SendAsync(request, cancellationToken);
            var second = runClock.Elapsed.TotalSeconds;
            if (!response.IsSuccessStatusCode)
            {
                Problem(name, $"{Path} answered {(int)response.StatusCode}");
                return;
            }
            var sample = Parse(await response.Content.ReadAsStringAsync(cancellationToken), second);
            lock (_samples)
            {
                _samples[name].Add(sample);
                _problems.Remove(name);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or FormatException or KeyNotFoundException
                                       or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Problem(name, $"{Path}: {ex.GetType().Name}");
        }
    }

    /// <summary><c>{ "asOf": "...", "calls": { "city": 12, "dept:streets": 9 } }</c>.</summary>
    internal static FigureCallSample Parse(string json, double second)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var asOf = root.GetProperty("asOf").GetDateTimeOffset();
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var figure in root.GetProperty("calls").EnumerateObject()) calls[figure.Name] = figure.Value.GetInt64();
        return new FigureCallSample(second, asOf, calls);
    }

    private void Problem(string silo, string why)
    {
        lock (_samples)
        {
            // Keep the first problem once samples exist: a late failure (silo stopping at the end) must not hide that samples were taken.
            if (_samples[silo].Count == 0) _problems[silo] = why;
        }
    }

    public void Dispose() => _http.Dispose();
}
