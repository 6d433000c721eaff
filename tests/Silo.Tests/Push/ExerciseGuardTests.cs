extern alias loadtests;

using Microsoft.Extensions.Hosting;
using Philly311.Ops.Contracts.Push;
using loadtests::Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.Silo.Channels;

namespace Philly311.Ops.Silo.Tests.Push;

/// <summary>An exercise can't reach a real channel: the adapters refuse it before any I/O, and the configuration can't route one there.</summary>
public sealed class ExerciseGuardTests
{
    private static ChannelMessage Drill(string key) =>
        new("p1.0", key, "e1", PushChannel.Sms, "en", "EXERCISE: t", "EXERCISE — b", Exercise: true, "http://127.0.0.1:1");

    [Fact]
    public async Task TheWebhookAdapterRefusesAnExerciseToANonSandboxProviderWithoutSendingIt()
    {
        await using var sim = await ProviderSimulator.StartAsync(ProviderSimOptions.Development());
        var adapter = new WebhookAdapter(new NewClients());
        var live = new ProviderOptions { Url = sim.Url + "/live", Sandbox = false };
        var sandbox = new ProviderOptions { Url = sim.Url + "/sandbox", Sandbox = true };

        var refused = await Should.ThrowAsync<ChannelFailure>(() => adapter.SendAsync(Drill("k-live"), "sim-live", live, CancellationToken.None));
        var answer = await adapter.SendAsync(Drill("k-sandbox"), "sim-sandbox", sandbox, CancellationToken.None);

        refused.Temporary.ShouldBeFalse();
        refused.Message.ShouldContain("exercise refused");
        answer.ShouldBe(ChannelAnswer.Accepted);
        sim.Ledger.CountIn("live").ShouldBe(0);
        sim.Ledger.CountIn("sandbox").ShouldBe(1);
    }

    [Fact]
    public async Task TheSmtpAndIvrAdaptersRefuseAnExerciseToANonSandboxProvider()
    {
        var smtp = new SmtpAdapter();

        var refused = await Should.ThrowAsync<ChannelFailure>(() => smtp.SendAsync(Drill("k"), "smtp-live",
            new ProviderOptions { Kind = ProviderKind.Smtp, Host = "127.0.0.1", Port = 1, From = "a@b.c", To = "d@e.f" }, CancellationToken.None));

        refused.Message.ShouldContain("exercise refused", customMessage: "refused before connecting (port 1 would be a connection failure)");
    }

    [Fact]
    public void AConfigurationRoutingAnExerciseToARealProviderDoesNotStart()
    {
        var options = new ChannelOptions
        {
            CallbackUrl = "http://127.0.0.1:5080",
            Providers = { ["real-sms"] = new ProviderOptions { Url = "https://sms.example", Secret = "a-real-secret-of-some-length" } },
            Exercise = { ["Sms"] = "real-sms" },
        };

        var result = new ChannelOptionsValidator(new StubEnvironment("Production")).Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage!.ShouldContain("Channels:Exercise:Sms");
    }

    [Fact]
    public void ProductionRefusesAWebhookProviderWithoutItsOwnSecret()
    {
        var options = new ChannelOptions
        {
            CallbackUrl = "http://127.0.0.1:5080",
            Providers =
            {
                ["none"] = new ProviderOptions { Url = "https://sms.example" },
                ["dev"] = new ProviderOptions { Url = "https://sms.example", Secret = ProviderSimOptions.DevLiveSecret },
            },
        };

        var production = new ChannelOptionsValidator(new StubEnvironment("Production")).Validate(null, options);
        var development = new ChannelOptionsValidator(new StubEnvironment("Development")).Validate(null, options);

        production.FailureMessage!.ShouldContain("Channels:Providers:none:Secret is required");
        production.FailureMessage!.ShouldContain("Channels:Providers:dev:Secret is a development secret");
        development.Succeeded.ShouldBeTrue();
    }

    private sealed class NewClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }

    private sealed class StubEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
