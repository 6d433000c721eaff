using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Ratio;

/// <summary>CPU time of the processes of one phase at one moment: this tool, its reaped children (wrk), the server, Redis, the machine.</summary>
internal readonly record struct CpuSnapshot(long At, TimeSpan Self, TimeSpan Children, TimeSpan Server, TimeSpan Redis, MachineCpu Machine)
{
    public static CpuSnapshot Take(int serverPid, int? redisPid) => new(
        System.Diagnostics.Stopwatch.GetTimestamp(),
        ProcStat.Read(Environment.ProcessId)?.CpuTime ?? TimeSpan.Zero,
        ProcStat.OwnChildrenCpuTime(),
        ProcStat.Read(serverPid)?.CpuTime ?? TimeSpan.Zero,
        redisPid is { } r ? ProcStat.Read(r)?.CpuTime ?? TimeSpan.Zero : TimeSpan.Zero,
        MachineCpu.Read());
}
