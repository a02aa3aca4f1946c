using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Netpicking.Tests.Security;

/// <summary>Makes every request of the in-process test server come from <paramref name="remote"/>, e.g. another machine.</summary>
internal sealed class RemoteAddressStartupFilter(IPAddress remote) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = remote;
            context.Connection.LocalIpAddress = IPAddress.Parse("192.0.2.10");
            return nextMiddleware(context);
        });
        next(app);
    };
}
