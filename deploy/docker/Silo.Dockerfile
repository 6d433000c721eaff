# Build from the repository root: docker build -f deploy/docker/Silo.Dockerfile -t philly311/silo:1.0.0 .
# Tags pinned to the SDK and runtime this repository is built and tested with (bump both together); in a registry of
# your own, pin them by digest too (sdk:10.0.401@sha256:...).
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
WORKDIR /src
# Restore first, from the project files alone, so a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY Contracts/Contracts.csproj Contracts/
COPY Contracts/ServiceDefaults/ServiceDefaults.csproj Contracts/ServiceDefaults/
COPY Silo/Silo.csproj Silo/
RUN dotnet restore Silo/Silo.csproj
COPY Contracts/ Contracts/
COPY Silo/ Silo/
RUN dotnet publish Silo/Silo.csproj -c Release --no-restore -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12 AS final
WORKDIR /app
# Owned by root, run as another user: the process cannot rewrite its own code.
COPY --from=build /app .
# HTTP ingest, Orleans silo-to-silo, Orleans gateway (dashboards connect here).
EXPOSE 8080 11111 30000
# All interfaces, port 8080 (the aspnet image's own convention; appsettings.json sets no "Urls" to beat it).
ENV ASPNETCORE_HTTP_PORTS=8080
ENV DOTNET_NOLOGO=1
# Non-root, by number (the aspnet image's "app" user, uid 1654): Kubernetes' runAsNonRoot can only verify a numeric user.
USER 1654
ENTRYPOINT ["dotnet", "Philly311.Ops.Silo.dll"]
