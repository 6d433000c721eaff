using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.HostileInput;

/// <summary>
/// Every case of the hostile-input corpus (<c>manifest.json</c> + <c>corpus/</c>) against the real silo on real Redis:
/// the right status, an RFC 7807 body naming the field (or per-line answers naming it and a totals line), no 5xx,
/// no counter changed by a refused event, no echo of more than <see cref="SenderText.MaxEcho"/> characters of the
/// sender's input and no raw control characters, and managed memory bounded through the multi-megabyte cases.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class HostileInputCorpusTests(RedisServer redis) : IAsyncLifetime
{
    private const int EchoWindow = SenderText.MaxEcho + 1;

    private readonly SiloApp _app = new(redis);
    private HttpClient _client = null!;

    [Fact]
    public async Task EveryCaseIsAnsweredAsTheManifestSaysAndNoRefusedEventIsCounted()
    {
        var cases = CorpusCase.LoadAll();
        cases.Count.ShouldBeGreaterThanOrEqualTo(250);
        cases.Select(c => c.File).ShouldBeUnique();
        var failures = new List<string>();

        foreach (var corpusCase in cases.Where(c => !c.Big)) failures.AddRange(await RunAsync(_app, _client, corpusCase));

        failures.ShouldBeEmpty($"{failures.Count} of {cases.Count} cases failed:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task MultiMegabyteFieldsAndLinesLeaveManagedMemoryBounded()
    {
        // Over real sockets (Kestrel), so what is measured is the silo streaming, not an in-memory transport.
        await using var kestrel = new SiloApp(redis);
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var address = kestrel.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        kestrel.ClientOptions.BaseAddress = new Uri(address);
        using var client = StreamingClient(kestrel);
        var big = CorpusCase.LoadAll().Where(c => c.Big).ToList();
        big.Sum(c => c.ExpandBytes).ShouldBeGreaterThan(100_000_000, "the cases must send more than the bound they are held to");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                // Live memory (after a full collection), not garbage awaiting one: what a silo keeps while it streams.
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);
        var failures = new List<string>();

        foreach (var corpusCase in big) failures.AddRange(await RunAsync(kestrel, client, corpusCase));
        await sampling.CancelAsync();
        await sampler;
        var after = GC.GetTotalMemory(forceFullCollection: true);

        failures.ShouldBeEmpty(string.Join('\n', failures));
        (peak - before).ShouldBeLessThan(32L * 1024 * 1024, $"live managed memory grew by {(peak - before) / 1048576} MiB while streaming");
        (after - before).ShouldBeLessThan(16L * 1024 * 1024, $"managed memory kept {(after - before) / 1048576} MiB after the uploads");
    }

    private static async Task<List<string>> RunAsync(SiloApp app, HttpClient client, CorpusCase corpusCase)
    {
        var failures = new List<string>();
        void Fail(string what) => failures.Add($"{corpusCase}: {what}");
        var before = await app.SnapshotAsync();
        var body = new CorpusBody(corpusCase.ReadBody(), corpusCase.ExpandMarker, corpusCase.ExpandBytes);
        if (corpusCase.ContentType.Length > 0) body.Headers.TryAddWithoutValidation("Content-Type", corpusCase.ContentType);
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsync(corpusCase.Bulk ? "/api/requests/bulk" : "/api/requests", body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var status = (int)response.StatusCode;
        if (status >= 500) Fail($"answered {status}: {Shorten(text)}");
        if (status != corpusCase.Status) Fail($"status {status}, expected {corpusCase.Status}: {Shorten(text)}");
        if (clock.Elapsed > TimeSpan.FromSeconds(20)) Fail($"took {clock.Elapsed.TotalSeconds:F1} s");
        var sent = body.Sample(shown: 200);
        if (status is >= 400 and < 500) CheckProblem(response, text, corpusCase, Fail);
        else if (corpusCase.Bulk && status == 200) CheckBulk(text, corpusCase, Fail);
        foreach (var value in Strings(text, Fail))
        {
            if (value.Any(char.IsControl)) Fail($"a raw control character in the answer: {Shorten(value)}");
            for (var i = 0; i + EchoWindow <= value.Length; i++)
            {
                if (sent.Contains(value.AsSpan(i, EchoWindow), StringComparison.Ordinal))
                {
                    Fail($"the answer echoes more than {SenderText.MaxEcho} characters of the input: {Shorten(value)}");
                    break;
                }
            }
        }

        var after = await app.SnapshotAsync();
        CheckCounters(before, after, corpusCase, Fail);
        return failures;
    }

    private static void CheckProblem(HttpResponseMessage response, string text, CorpusCase corpusCase, Action<string> fail)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") fail($"content type {response.Content.Headers.ContentType}, not application/problem+json");
        var problem = JsonNode.Parse(text)?.AsObject();
        if (problem is null) { fail("no problem body"); return; }
        if (problem["status"]?.GetValue<int>() != (int)response.StatusCode) fail("problem status differs from the HTTP status");
        if (string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>())) fail("problem without detail");
        if (corpusCase.Field is null) return;
        var field = problem["field"]?.GetValue<string>();
        if (field != corpusCase.Field) fail($"names field '{field}', expected '{corpusCase.Field}': {problem["detail"]}");
        if (problem["errors"]?[corpusCase.Field] is null) fail($"errors has no entry for '{corpusCase.Field}'");
    }

    private static void CheckBulk(string text, CorpusCase corpusCase, Action<string> fail)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        if (lines.Count == 0 || lines[^1]["result"]?.GetValue<string>() != "totals") { fail("no totals line at the end"); return; }
        var totals = lines[^1];
        var answers = lines[..^1].Select(l => new ExpectedLine(l["line"]!.GetValue<int>(), l["result"]!.GetValue<string>(), l["field"]?.GetValue<string>())).ToList();
        var expected = corpusCase.Lines ?? [];
        var shown = answers.Zip(expected).Where(p => p.First.Line != p.Second.Line || p.First.Result != p.Second.Result ||
            (p.Second.Field is not null && p.First.Field != p.Second.Field)).Take(3).ToList();
        if (answers.Count != expected.Count) fail($"{answers.Count} answer lines, expected {expected.Count}");
        foreach (var (got, want) in shown) fail($"line {got.Line} answered {got.Result}/{got.Field}, expected line {want.Line} {want.Result}/{want.Field}");
        int Total(string name) => totals[name]?.GetValue<int>() ?? -1;
        if (Total("lines") != expected.Count) fail($"totals.lines {Total("lines")}, expected {expected.Count}");
        if (Total("accepted") != expected.Count(l => l.Result == "accepted")) fail($"totals.accepted {Total("accepted")}");
        if (Total("rejected") != expected.Count(l => l.Result == "rejected")) fail($"totals.rejected {Total("rejected")}");
        if (Total("failed") != 0) fail($"totals.failed {Total("failed")}");
    }

    private static void CheckCounters(BoardSnapshot before, BoardSnapshot after, CorpusCase corpusCase, Action<string> fail)
    {
        var received = after.City.Received - before.City.Received;
        if (received != corpusCase.Received) fail($"the city total moved by {received}, expected {corpusCase.Received}");
        if (after.Sequence - before.Sequence != corpusCase.Received) fail($"the ingest sequence moved by {after.Sequence - before.Sequence}, expected {corpusCase.Received}");
        if (corpusCase.Received == 0 && after.City != before.City) fail("a refused case changed the city counters");
    }

    /// <summary>Every string value (and property name) of a JSON or NDJSON answer.</summary>
    private static IEnumerable<string> Strings(string text, Action<string> fail)
    {
        var found = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            JsonNode? node;
            try { node = JsonNode.Parse(line); }
            catch (System.Text.Json.JsonException) { fail($"an answer line is not JSON: {Shorten(line)}"); continue; }
            Collect(node, found);
        }
        return found;
    }

    private static void Collect(JsonNode? node, List<string> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    found.Add(key);
                    Collect(value, found);
                }
                break;
            case JsonArray a:
                foreach (var item in a) Collect(item, found);
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                found.Add(s);
                break;
        }
    }

    /// <summary>
    /// A client that streams request bodies: the factory's default client follows redirects, and its redirect handler
    /// buffers every request body in memory to be able to resend it — 40 MB bodies would measure the test, not the silo.
    /// </summary>
    private static HttpClient StreamingClient(SiloApp app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = app.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", SiloApp.ApiKey);
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public ValueTask InitializeAsync()
    {
        _client = StreamingClient(_app);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
