using Netpicking.Core;
using Netpicking.Web.Jobs;
using Netpicking.Web.Services;

namespace Netpicking.Web.Hosting;

public static class DashboardServices
{
    public static WebApplicationBuilder AddNetpickingDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddNetpickingCore(builder.Configuration);
        builder.Services.AddSingleton<Core.Compute.IComputeProbeLauncher, ProcessProbeLauncher>();
        builder.Services.AddNetpickingJobs(builder.Configuration);
        builder.Services.AddSingleton<ZooDirectory>();
        builder.Services.AddSingleton<SnapshotProvider>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }
}
