using System.Runtime.CompilerServices;
using Bunit;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>
/// bUnit's WaitForAssertion/WaitForState give up after 1 s by default: a render on a loaded two-core CI machine (MudBlazor's
/// first render JIT-compiling, other test classes running beside it) can take longer than that. None of these waits
/// measures a promise (time on screen is driven by the fake clock), so a generous deadline only bounds a broken component
/// and costs nothing when it renders at once.
/// </summary>
internal static class WaitDeadlines
{
    [ModuleInitializer]
    internal static void Widen() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
