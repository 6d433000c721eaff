using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// Two dashboard processes on one silo cluster, each subscribed to the grains for its own connections: every client
/// gets each change once, from its own process, and losing the other process interrupts nothing.
/// </summary>
public sealed class TwoDashboardTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly RunningSystem _system = new();
    private string _secondDashboard = "";

    public async ValueTask InitializeAsync()
    {
        await _system.InitializeAsync();
        _secondDashboard = await _system.StartAnotherDashboardAsync();
    }

    public ValueTask DisposeAsync() => _system.DisposeAsync();

    [Fact]
    public async Task EachDashboardDeliversEveryChangeOnceToItsOwnClients()
    {
        await using var first = await Subscriber.ConnectAsync(_system.DashboardUrl);
        await using var second = await Subscriber.ConnectAsync(_secondDashboard);
        using var ingest = _system.CreateIngestClient();
        const int events = 40;

        var acks = new List<long>();
        for (var i = 0; i < events; i++) acks.Add(await PostAsync(ingest, $"two-{i}"));

        foreach (var subscriber in new[] { first, second })
        {
            await Until(() => subscriber.LastCity?.Departments.SingleOrDefault(d => d.Key == "streets")?.Received == events
                && subscriber.LastStreets?.Entry.Received == events, subscriber.Describe);
            subscriber.City.Select(f => f.Sequence).ShouldBeUnique("a city frame twice would mean another process sent to this client too");
            subscriber.Streets.Select(f => f.Sequence).ShouldBeUnique();
            subscriber.City.Select(f => f.Sequence).ShouldBeInOrder();
            subscriber.LastCity!.Sequence.ShouldBeGreaterThanOrEqualTo(acks.Max());
            subscriber.LastCity.City.Received.ShouldBe(events);
            subscriber.Streets.ShouldAllBe(f => f.Group == "dept:streets");
        }
    }

    [Fact]
    public async Task KillingTheOtherDashboardDoesNotInterruptThisOnesFrames()
    {
        await using var survivor = await Subscriber.ConnectAsync(_system.DashboardUrl);
        await using var doomed = await Subscriber.ConnectAsync(_secondDashboard);
        using var ingest = _system.CreateIngestClient();
        const int rate = 50;
        var duration = TimeSpan.FromSeconds(10);
        var acknowledged = 0;

        var clock = Stopwatch.StartNew();
        var cancellation = TestContext.Current.CancellationToken;
        var sender = Task.Run(async () =>
        {
            for (var i = 0; i < rate * duration.TotalSeconds; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, cancellation);
                await PostAsync(ingest, $"steady-{i}");
                Interlocked.Increment(ref acknowledged);
            }
        }, cancellation);
        await Until(() => clock.Elapsed > TimeSpan.FromSeconds(3), () => "");
        await _system.KillDashboardAsync(_secondDashboard);
        var killedAt = clock.Elapsed;
        await sender;
        var stoppedAt = clock.Elapsed;

        var arrivals = survivor.Arrivals.Where(t => t >= TimeSpan.FromSeconds(1) && t <= stoppedAt).Order().ToList();
        var gaps = arrivals.Zip(arrivals.Skip(1), (a, b) => b - a).ToList();
        var longest = gaps.Count == 0 ? TimeSpan.MaxValue : gaps.Max();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed at {killedAt.TotalSeconds:0.00} s; {arrivals.Count} frames between 1 s and {stoppedAt.TotalSeconds:0.00} s; longest gap {longest.TotalMilliseconds:0} ms");
        arrivals.ShouldContain(t => t > killedAt + TimeSpan.FromSeconds(1), "frames kept coming after the kill");
        longest.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(1.5), $"longest gap between frames; killed at {killedAt}");
        await Until(() => survivor.LastCity?.City.Received == acknowledged, survivor.Describe);
        survivor.City.Select(f => f.Sequence).ShouldBeUnique();
    }

    private static async Task<long> PostAsync(HttpClient ingest, string id)
    {
        var response = await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent(id, "Streets Department"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return (await response.Content.ReadFromJsonAsync<IngestAnswer>(TestContext.Current.CancellationToken))!.Sequence;
    }

    private static async Task Until(Func<bool> condition, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, describe());
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A hub client in <c>city</c> and <c>dept:streets</c> that keeps every frame and when it came.</summary>
    private sealed class Subscriber : IAsyncDisposable
    {
        private readonly HubConnection _hub;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly ConcurrentQueue<CityFrame> _city = new();
        private readonly ConcurrentQueue<CounterFrame> _streets = new();
        private readonly ConcurrentQueue<TimeSpan> _arrivals = new();

        private Subscriber(string url)
        {
            _hub = RunningSystem.Hub(url).Build();
            _hub.On<CityFrame>(nameof(IOpsClient.CityChanged), f =>
            {
                _arrivals.Enqueue(_clock.Elapsed);
                _city.Enqueue(f);
            });
            _hub.On<BoardHeartbeat>(nameof(IOpsClient.Heartbeat), _ => _arrivals.Enqueue(_clock.Elapsed));
            _hub.On<CounterFrame>(nameof(IOpsClient.CounterChanged), _streets.Enqueue);
        }

        public IReadOnlyCollection<CityFrame> City => _city;

        public IReadOnlyCollection<CounterFrame> Streets => _streets;

        public CityFrame? LastCity => _city.LastOrDefault();

        public CounterFrame? LastStreets => _streets.LastOrDefault();

        /// <summary>Arrival times of city frames and heartbeats, on a clock started when the subscriber connected.</summary>
        public IReadOnlyCollection<TimeSpan> Arrivals => _arrivals;

        public static async Task<Subscriber> ConnectAsync(string dashboardUrl)
        {
            var subscriber = new Subscriber(dashboardUrl);
            await subscriber._hub.StartAsync(TestContext.Current.CancellationToken);
            await subscriber._hub.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
            await subscriber._hub.InvokeAsync<CounterFrame?>(OpsHubMethods.Join, OpsGroups.Department("streets"), TestContext.Current.CancellationToken);
            return subscriber;
        }

        public string Describe() =>
            $"{_city.Count} city frames (last: sequence {LastCity?.Sequence}, city received {LastCity?.City.Received}); "
            + $"{_streets.Count} streets frames (last received {LastStreets?.Entry.Received})";

        public ValueTask DisposeAsync() => _hub.DisposeAsync();
    }
}
