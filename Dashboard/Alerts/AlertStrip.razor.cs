using Microsoft.AspNetCore.Components;

namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>What is amber or red now, each with an icon, the level in words and what crossed which threshold.</summary>
public sealed partial class AlertStrip : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject]
    private ActiveAlerts Active { get; set; } = default!;

    protected override void OnInitialized() => _subscription = Active.Subscribe(() => _ = InvokeAsync(StateHasChanged));

    public void Dispose() => _subscription?.Dispose();
}
