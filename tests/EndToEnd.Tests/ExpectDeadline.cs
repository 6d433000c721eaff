using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// Playwright's Expect gives up after 5 s unless told otherwise: on a loaded two-core CI machine (a silo, a dashboard, Redis
/// and Chromium beside the tests) a render or a navigation can take longer. An Expect that is not itself a timing promise
/// gets this generous deadline, which costs nothing when the page is quick; the ones that check a promise say their own
/// timeout and measure the interval in the page (see <see cref="ShownAt"/>).
/// </summary>
internal static class ExpectDeadline
{
    [ModuleInitializer]
    internal static void Widen() => Assertions.SetDefaultExpectTimeout(15_000);
}
