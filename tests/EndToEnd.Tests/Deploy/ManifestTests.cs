using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Philly311.Ops.EndToEnd.Tests.Deploy;

/// <summary>
/// deploy/k8s and deploy/docker, parsed and checked: no cluster runs here, so these rules are what keeps the manifests
/// deployable. Whether the probe paths answer is checked on real processes by ContainerStartTests.
/// </summary>
public sealed partial class ManifestTests
{
    /// <summary>What OpsHealthEndpoints maps in both apps (Live, Ready).</summary>
    public static readonly string[] HealthPaths = ["/health/live", "/health/ready"];

    private static IEnumerable<(K8sManifest Manifest, YamlMappingNode Container)> AllContainers =>
        K8sManifest.All.SelectMany(m => m.Containers.Select(c => (m, c)));

    [Fact]
    public void TheManifestsParseAndHoldTheWholeSystem()
    {
        K8sManifest.All.Select(m => $"{m.Kind}/{m.Name}").ShouldBe(
            ["Deployment/dashboard", "Service/dashboard", "Ingress/dashboard", "Ingress/ingest", "Kustomization/", "ServiceAccount/philly311-silo",
             "Role/orleans-hosting", "RoleBinding/philly311-silo-orleans-hosting", "StatefulSet/redis", "Service/redis", "Deployment/silo", "Service/silo"],
            ignoreOrder: true);
        var listed = K8sManifest.All.Single(m => m.Kind == "Kustomization").Root.List("resources").Cast<YamlScalarNode>().Select(r => r.Value!);
        listed.ShouldBe(Directory.GetFiles(K8sManifest.Folder, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml").Cast<string>(),
            ignoreOrder: true, "kubectl apply -k applies every manifest");
    }

    [Fact]
    public void EveryImageIsPinnedToAVersionNeverLatest()
    {
        var images = AllContainers.Select(c => c.Container.Text("image") ?? "").ToList();
        images.AddRange(new[] { "Silo", "Dashboard" }.SelectMany(app => File.ReadLines(Path.Combine(ContainerImage.Folder, app + ".Dockerfile"))
            .Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1])));

        images.Count.ShouldBe(7, "redis, silo, dashboard and two FROMs per Dockerfile");
        foreach (var image in images)
        {
            var tag = image.Contains(':', StringComparison.Ordinal) ? image[(image.LastIndexOf(':') + 1)..] : "";
            tag.ShouldMatch(@"^\d+(\.\d+)+", $"{image}: a version tag");
            tag.ShouldNotContain("latest");
        }
    }

    [Fact]
    public void EveryPodRunsAsANonRootUserWithoutPrivilegeEscalation()
    {
        foreach (var workload in K8sManifest.All.Where(m => m.PodTemplate is not null))
        {
            var pod = workload.PodTemplate.Map("spec").Map("securityContext");
            pod.Text("runAsNonRoot").ShouldBe("true", workload.ToString());
            int.Parse(pod.Text("runAsUser") ?? "0", System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, workload.ToString());
            foreach (var container in workload.Containers)
            {
                container.Map("securityContext").Text("allowPrivilegeEscalation").ShouldBe("false", workload.ToString());
                container.Map("securityContext").Text("readOnlyRootFilesystem").ShouldBe("true", workload.ToString());
            }
        }
        foreach (var app in new[] { "Silo", "Dashboard" })
        {
            var user = ContainerImage.Of(app).User;
            user.ShouldMatch("^[1-9][0-9]*$", $"{app}.Dockerfile: a numeric non-root USER, which runAsNonRoot can verify");
            user.ShouldBe(K8sManifest.Workload(app.ToLowerInvariant()).PodTemplate.Map("spec").Map("securityContext").Text("runAsUser"));
        }
    }

    [Theory]
    [InlineData("silo")]
    [InlineData("dashboard")]
    public void TheAppsProbesPointAtTheHealthEndpointsOnTheirHttpPort(string workload)
    {
        var container = K8sManifest.Workload(workload).Containers.Single();
        var ports = container.List("ports").Select(p => p.Text("name")).ToList();

        container.Map("livenessProbe").Map("httpGet").Text("path").ShouldBe("/health/live", "liveness checks no dependency");
        container.Map("readinessProbe").Map("httpGet").Text("path").ShouldBe("/health/ready");
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            var get = container.Map(probe).Map("httpGet");
            if (get is null) continue;
            get.Text("path").ShouldBeOneOf(HealthPaths);
            ports.ShouldContain(get.Text("port"));
        }
        var http = container.List("ports").Single(p => p.Text("name") == "http").Text("containerPort");
        ContainerImage.Of(workload == "silo" ? "Silo" : "Dashboard").Environment["ASPNETCORE_HTTP_PORTS"].ShouldBe(http, "the image listens where the probes call");
    }

    [Fact]
    public void NoSecretValueIsWrittenInAManifest()
    {
        K8sManifest.All.ShouldNotContain(m => m.Kind == "Secret", "Secrets are created out of band (deploy/k8s/README.md)");
        foreach (var (manifest, container) in AllContainers)
        {
            foreach (var env in container.List("env").OfType<YamlMappingNode>())
            {
                var name = env.Text("name")!;
                var value = env.Text("value");
                if (SecretName().IsMatch(name))
                    env.Map("valueFrom").Map("secretKeyRef").ShouldNotBeNull($"{manifest}: {name} must come from a secretKeyRef");
                if (value is not null && value.Contains("password=", StringComparison.OrdinalIgnoreCase))
                    value.ShouldContain("password=$(", Case.Insensitive, $"{manifest}: {name} must take its password from a secret variable");
            }
            var args = container.List("args").Cast<YamlScalarNode>().Select(a => a.Value!).ToList();
            var pass = args.IndexOf("--requirepass");
            if (pass >= 0) args[pass + 1].ShouldStartWith("$(", customMessage: $"{manifest}: --requirepass from a secret variable");
        }
    }

    [Fact]
    public void AppsOffTheLoopbackReachRedisWithAPassword()
    {
        foreach (var workload in new[] { "silo", "dashboard" })
        {
            var env = K8sManifest.Workload(workload).Containers.Single().List("env").OfType<YamlMappingNode>().ToList();
            var redis = env.Single(e => e.Text("name") == "ConnectionStrings__redis").Text("value")!;
            var password = env.Single(e => e.Text("name") == "REDIS_PASSWORD");

            redis.ShouldContain(",password=$(REDIS_PASSWORD)");
            password.Map("valueFrom").Map("secretKeyRef").Text("name").ShouldBe("philly311-redis");
            env.IndexOf(password).ShouldBeLessThan(env.FindIndex(e => e.Text("name") == "ConnectionStrings__redis"), "Kubernetes expands $(VAR) only from variables listed before");
        }
        var redisArgs = K8sManifest.Workload("redis").Containers.Single().List("args").Cast<YamlScalarNode>().Select(a => a.Value).ToList();
        redisArgs.ShouldContain("--requirepass");
    }

    [Fact]
    public void RedisKeepsItsAppendOnlyFileOnAPersistentVolume()
    {
        var redis = K8sManifest.Workload("redis");
        var container = redis.Containers.Single();
        var args = container.List("args").Cast<YamlScalarNode>().Select(a => a.Value!).ToList();
        var claim = redis.Root.Map("spec").List("volumeClaimTemplates").Single().Map("metadata").Text("name");

        args[args.IndexOf("--appendonly") + 1].ShouldBe("yes");
        args[args.IndexOf("--dir") + 1].ShouldBe("/data");
        container.List("volumeMounts").ShouldContain(v => v.Text("name") == claim && v.Text("mountPath") == "/data");
        redis.Kind.ShouldBe("StatefulSet", "one volume per replica, kept across restarts");
    }

    [Fact]
    public void TheBoardIngressKeepsABrowserOnItsDashboardWithACookie()
    {
        var board = K8sManifest.All.Single(m => m.Kind == "Ingress" && m.Root.AllMaps().Any(n => n.Map("service").Text("name") == "dashboard"));
        var annotations = board.Root.Map("metadata").Map("annotations").Strings();

        annotations["nginx.ingress.kubernetes.io/affinity"].ShouldBe("cookie");
        annotations["nginx.ingress.kubernetes.io/session-cookie-name"].ShouldNotBeNullOrWhiteSpace();
        int.Parse(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"], System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThanOrEqualTo(300, "a circuit's WebSocket is quiet between frames; the default 60 s would cut idle ones");
        K8sManifest.Workload("dashboard").Containers.Single().List("env")
            .ShouldContain(e => e.Text("name") == "ASPNETCORE_FORWARDEDHEADERS_ENABLED" && e.Text("value") == "true");
    }

    [Fact]
    public void SilosCarryTheOrleansLabelsAndWhatKubernetesHostingNeeds()
    {
        var silo = K8sManifest.Workload("silo");
        var labels = silo.PodTemplate.Map("metadata").Map("labels").Strings();
        var env = silo.Containers.Single().List("env").OfType<YamlMappingNode>().ToDictionary(e => e.Text("name")!);

        labels["orleans/serviceId"].ShouldBe(env["Orleans__ServiceId"].Text("value"));
        labels["orleans/clusterId"].ShouldBe(env["Orleans__ClusterId"].Text("value"));
        env["Orleans__KubernetesHosting"].Text("value").ShouldBe("true");
        env["POD_NAME"].Map("valueFrom").Map("fieldRef").Text("fieldPath").ShouldBe("metadata.name");
        env["POD_NAMESPACE"].Map("valueFrom").Map("fieldRef").Text("fieldPath").ShouldBe("metadata.namespace");
        env["POD_IP"].Map("valueFrom").Map("fieldRef").Text("fieldPath").ShouldBe("status.podIP");
        env["Orleans__AdvertisedIP"].Map("valueFrom").Map("fieldRef").Text("fieldPath").ShouldBe("status.podIP", "silos advertise their pod IP");
        env["ORLEANS_SERVICE_ID"].Map("valueFrom").Map("fieldRef").Text("fieldPath").ShouldBe("metadata.labels['orleans/serviceId']");
        env["ORLEANS_CLUSTER_ID"].Map("valueFrom").Map("fieldRef").Text("fieldPath").ShouldBe("metadata.labels['orleans/clusterId']");

        var account = silo.PodTemplate.Map("spec").Text("serviceAccountName");
        var binding = K8sManifest.All.Single(m => m.Kind == "RoleBinding" && m.Root.List("subjects").Any(s => s.Text("name") == account));
        var role = K8sManifest.All.Single(m => m.Kind == "Role" && m.Name == binding.Root.Map("roleRef").Text("name"));
        var pods = role.Root.List("rules").Single(r => r.List("resources").Cast<YamlScalarNode>().Any(x => x.Value == "pods"));
        pods.List("verbs").Cast<YamlScalarNode>().Select(v => v.Value).ShouldBe(["get", "watch", "list", "delete", "patch"], ignoreOrder: true);
    }

    [GeneratedRegex("(?i)(password|secret|apikey|token)")]
    private static partial Regex SecretName();
}
