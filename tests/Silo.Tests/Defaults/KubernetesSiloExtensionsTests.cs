using Microsoft.Extensions.Configuration;
using Philly311.Ops.Silo.Kubernetes;

namespace Philly311.Ops.Silo.Tests.Defaults;

public sealed class KubernetesSiloExtensionsTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "10.96.0.1", true)]
    [InlineData("false", "10.96.0.1", false)]
    [InlineData("true", null, true)]
    public void KubernetesHostingIsOnInAPodUnlessTheSettingSaysOtherwise(string? setting, string? serviceHost, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [KubernetesSiloExtensions.SettingKey] = setting,
            ["KUBERNETES_SERVICE_HOST"] = serviceHost,
        }).Build();

        KubernetesSiloExtensions.IsEnabled(configuration).ShouldBe(expected);
    }
}
