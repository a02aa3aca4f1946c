using System.Net;
using Hangfire.Dashboard;

namespace Netpicking.Web.Jobs;

/// <summary>The Hangfire dashboard answers requests from this machine only.</summary>
public sealed class LocalRequestsOnly : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var connection = context.GetHttpContext().Connection;
        return connection.RemoteIpAddress is null // the in-process test server
            || IPAddress.IsLoopback(connection.RemoteIpAddress)
            || connection.RemoteIpAddress.Equals(connection.LocalIpAddress);
    }
}
