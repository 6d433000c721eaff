using System.Globalization;
using System.Text;
using System.Text.Json;
using Philly311.Ops.LoadTests.Providers;

namespace Philly311.Ops.LoadTests.Push;

/// <summary>What one budget run measured, and its verdicts.</summary>
internal sealed record PushBudgetResult(
    string PushId, int Deliveries, int Delivered, int FailedPermanent, int NotFinal, double SecondsToAllFinal,
    int WebhookDeliveries, int WebhookKeysReceived, int WebhookKeysMissing, int WebhookKeysExtra, int WebhookResends,
    int EmailDeliveries, int EmailsReceived, int EmailsDoubled, long SimulatedFailures, int MaxAttempts, double FailureRate)
{
    public bool AllFinalInTime => NotFinal == 0 && SecondsToAllFinal <= 60;

    public bool NoneDoubled => WebhookKeysMissing == 0 && WebhookKeysExtra == 0 && EmailsDoubled == 0;

    public bool Pass => AllFinalInTime && NoneDoubled && Deliveries == 660;

    public static PushBudgetResult From(string pushId, JsonElement[] deliveries, ProviderSimulator sim, TimeSpan elapsed, PushBudgetOptions options)
    {
        string S(JsonElement d, string p) => d.GetProperty(p).GetString() ?? "";
        var webhook = deliveries.Where(d => S(d, "channel") != "email").Select(d => S(d, "idempotency_key")).ToHashSet();
        var received = sim.Ledger.Messages.Where(m => m.Key.StartsWith(pushId, StringComparison.Ordinal)).ToList();
        var emails = deliveries.Where(d => S(d, "channel") == "email").Select(d => S(d, "idempotency_key").Replace('@', '-') + "@philly311-ops").ToList();
        return new PushBudgetResult(pushId, deliveries.Length,
            deliveries.Count(d => S(d, "status") == "delivered"), deliveries.Count(d => S(d, "status") == "failed_permanent"),
            deliveries.Count(d => S(d, "status") is not ("delivered" or "failed_permanent" or "cancelled")), elapsed.TotalSeconds,
            webhook.Count, received.Count, webhook.Count(k => received.All(m => m.Key != k)), received.Count(m => !webhook.Contains(m.Key)),
            received.Count(m => m.Sends > 1), emails.Count, emails.Count(id => sim.Smtp.ByMessageId.ContainsKey(id)),
            emails.Count(id => sim.Smtp.ByMessageId.GetValueOrDefault(id) > 1), sim.Ledger.Refused,
            deliveries.Max(d => d.GetProperty("attempts").GetInt32()), options.FailureRate);
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("# push-budget").AppendLine();
        md.AppendLine(inv, $"Push `{PushId}`: 12 items × 11 languages × 5 channels (SMS, app push, social, web banner = webhooks; email = SMTP) against the provider simulator failing {FailureRate:P0} of sends (503 / SMTP 451). No parallel ingest in this run.").AppendLine();
        md.AppendLine("| budget | measured | verdict |").AppendLine("|---|---|---|");
        md.AppendLine(inv, $"| all {Deliveries} deliveries final ≤ 60 s | {SecondsToAllFinal:0.0} s ({Delivered} delivered, {FailedPermanent} failed permanently, {NotFinal} not final) | {(AllFinalInTime ? "PASS" : "FAIL")} |");
        md.AppendLine(inv, $"| none doubled | webhook keys: {WebhookKeysReceived} received for {WebhookDeliveries} deliveries ({WebhookKeysMissing} missing, {WebhookKeysExtra} extra; {WebhookResends} keys sent again and dropped by the provider's dedup); emails: {EmailsReceived}/{EmailDeliveries} received, {EmailsDoubled} twice | {(NoneDoubled ? "PASS" : "FAIL")} |");
        md.AppendLine("| matrix frames p99 ≤ 250 ms | not measured by this command | NOT MEASURED |");
        md.AppendLine("| ingest budgets unchanged during the push | no parallel ingest in this command | NOT MEASURED |").AppendLine();
        md.AppendLine(inv, $"Simulated failures: {SimulatedFailures}; most attempts of one delivery: {MaxAttempts}.");
        return md.ToString();
    }
}
