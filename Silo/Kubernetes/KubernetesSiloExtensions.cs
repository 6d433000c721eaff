using Orleans.Hosting;

namespace Philly311.Ops.Silo.Kubernetes;

public static class KubernetesSiloExtensions
{
    /// <summary>Set to true or false to decide; unset, a pod (KUBERNETES_SERVICE_HOST, set by the kubelet in every pod) turns it on.</summary>
    public const string SettingKey = "Orleans:KubernetesHosting";

    /// <summary>
    /// Orleans' Kubernetes hosting in a pod: silo name = pod name, advertised address = pod IP (POD_IP), ids from
    /// ORLEANS_CLUSTER_ID / ORLEANS_SERVICE_ID, and silos whose pod is gone are declared dead at once instead of after
    /// missed probes. Membership stays in Redis. deploy/k8s/silo.yaml sets the variables, labels and RBAC it needs.
    /// </summary>
    public static WebApplicationBuilder AddKubernetesHosting(this WebApplicationBuilder builder)
    {
        if (IsEnabled(builder.Configuration)) builder.Services.UseKubernetesHosting();
        return builder;
    }

    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>(SettingKey) ?? !string.IsNullOrEmpty(configuration["KUBERNETES_SERVICE_HOST"]);
}
