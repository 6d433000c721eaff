using Microsoft.AspNetCore.Authorization;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>Marks <see cref="OpsPolicies.Reader"/>; <see cref="ReaderHandler"/> decides by who is asking and for which path.</summary>
public sealed class ReaderRequirement : IAuthorizationRequirement;
