using System.Text.Json;
using System.Text.RegularExpressions;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.Ratio;

namespace Philly311.Ops.LoadTests.Tests.Ratio;

public sealed partial class WrkOutputTests
{
    [Fact]
    public void TheTotalsComeFromTheScriptsMarkerLine()
    {
        const string stdout = """
            Running 10s test @ http://127.0.0.1:5080/api/requests
              2 threads and 32 connections
            P311WRK {"requests":180000,"duration_us":10000500,"connect":0,"read":2,"write":0,"status":1000,"timeout":1,"p50_us":1500,"p99_us":9800,"max_us":40000}
            """;

        var output = WrkOutput.Parse(stdout).ShouldNotBeNull();

        output.Requests.ShouldBe(180_000);
        output.Acknowledged.ShouldBe(179_000, "a non-2xx answer is a request but not an acknowledgement");
        output.Errors.ShouldBe(1_003);
        output.PerSecond.ShouldBe(179_000 / 10.0005, 1e-6);
        output.P99Ms.ShouldBe(9.8);
        WrkOutput.Parse("unable to connect to 127.0.0.1:1 Connection refused").ShouldBeNull();
    }

    [Fact]
    public void TheScriptSendsTheTemplateWithAnIdOfItsOwn()
    {
        var template = new ServiceRequestEvent
        {
            ServiceRequestId = "x", RequestedDatetime = DateTimeOffset.UnixEpoch, ServiceName = "Snow Emergency \"Parking\"", AgencyResponsible = "Streets",
        };

        var script = WrkScript.Build(template, "/api/requests", "k3y");

        var parts = LongString().Matches(script).Select(m => m.Groups[1].Value).ToList();
        var (head, tail) = (parts[0], parts[1]);
        using var body = JsonDocument.Parse(head + "lr1-w1b-2-17" + tail);
        body.RootElement.GetProperty("service_request_id").GetString().ShouldBe("lr1-w1b-2-17");
        body.RootElement.GetProperty("service_name").GetString().ShouldBe("Snow Emergency \"Parking\"");
        script.ShouldContain("counter = counter + 1");
        script.ShouldContain("[\"X-Api-Key\"] = [==[k3y]==]");
        script.ShouldContain(WrkOutput.Marker);
    }

    [GeneratedRegex(@"\[==\[(.*?)\]==\]", RegexOptions.Singleline)]
    private static partial Regex LongString();
}
