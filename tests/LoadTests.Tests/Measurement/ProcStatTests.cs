using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Tests.Measurement;

public sealed class ProcStatTests
{
    [Fact]
    public void CpuTimeIsUtimePlusStimeEvenWithSpacesInTheName()
    {
        var stat = "4242 (dotnet host (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 12 0 1000 0 0";

        ProcStat.CpuTime(stat).ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void ThisProcessCanBeRead()
    {
        var reading = ProcStat.Read(Environment.ProcessId);

        reading.ShouldNotBeNull();
        reading.Value.RssBytes.ShouldBeGreaterThan(1_000_000);
    }
}
