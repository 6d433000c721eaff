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

    [Fact]
    public void ChildrenCpuTimeIsCutimePlusCstime()
    {
        var stat = "4242 (wrk) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 700 300 20 0 12 0 1000 0 0";

        ProcStat.ChildrenCpuTime(stat).ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void MachineBusyLeavesOutIdleAndIowait()
    {
        var from = MachineCpu.Parse("cpu  100 0 100 700 100 0 0 0 0 0");
        var to = MachineCpu.Parse("cpu  250 0 150 750 150 0 0 0 0 0");

        MachineCpu.BusyPercent(from, to).ShouldBe(200.0 / 300 * 100, 1e-9);
        MachineCpu.BusyPercent(to, to).ShouldBe(0);
    }
}
