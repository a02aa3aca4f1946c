using Netpicking.Core;

namespace Netpicking.Web.Hosting;

public static class DashboardServices
{
    public static WebApplicationBuilder AddNetpickingDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddNetpickingCore(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }
}
