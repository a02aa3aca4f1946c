using Microsoft.Extensions.Options;
using Netpicking.Core.Configuration;
using Netpicking.Core.Storage;
using Netpicking.Web.Components;
using Hangfire;
using Netpicking.Web.Endpoints;
using Netpicking.Web.Jobs;

namespace Netpicking.Web.Hosting;

/// <summary>Builds the dashboard: the Blazor app, its services and endpoints.</summary>
public static class DashboardHost
{
    public static WebApplication Build(string[] args)
    {
        // Settings and assets come from the app's own folder, wherever it is started: the working directory is the
        // user's, for relative paths only (docs/decisions/0019).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Serve wwwroot and component styles from the build output in every environment (tests, a run from
        // the bin folder), not only in Development; a published app has no manifest and is unaffected.
        builder.WebHost.UseStaticWebAssets();
        builder.AddNetpickingDashboard();

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapExportEndpoints();
        app.MapImageEndpoints();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new LocalRequestsOnly()],
            DashboardTitle = "Netpicking jobs",
            AppPath = "/training",
        });
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Netpicking");
        var options = app.Services.GetRequiredService<IOptions<NetpickingOptions>>().Value;
        var workers = options.EffectiveTrainingWorkers;
        logger.LogInformation(
            "Netpicking stores results and jobs in {Store}; {Training}",
            StoreDescription.Of(options),
            workers > 0
                ? $"this process trains {workers} network{(workers == 1 ? "" : "s")} at once as worker '{app.Services.GetRequiredService<WorkerIdentity>().Name}'"
                : "this process trains nothing (Netpicking:TrainingWorkers = 0): networks are trained by 'worker' processes on the same store");
        foreach (var url in app.Urls)
        {
            var local = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost");
            logger.LogInformation(
                "Netpicking dashboard listening on {Url} ({Reach})",
                url,
                local ? "this machine only" : "reachable from other machines: see README, Security");
        }
    }
}
