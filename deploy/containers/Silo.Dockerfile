# Build from the repository root: docker build -f deploy/containers/Silo.Dockerfile -t philly311/silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish Silo/Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# HTTP ingest, Orleans silo-to-silo, Orleans gateway (dashboards connect here).
EXPOSE 8080 11111 30000
# All interfaces, port 8080 (the aspnet image's own convention; appsettings.json sets no "Urls" to beat it).
ENV ASPNETCORE_HTTP_PORTS=8080
# Non-root: the aspnet image's "app" user (uid 1654).
USER app
ENTRYPOINT ["dotnet", "Philly311.Ops.Silo.dll"]
