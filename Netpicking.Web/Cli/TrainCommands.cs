using System.CommandLine;
using System.Globalization;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Compute;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Web.Jobs;
using Netpicking.Web.Text;

namespace Netpicking.Web.Cli;

/// <summary><c>train</c> (a campaign through the same Hangfire jobs as the dashboard) and <c>runs list</c>.</summary>
public static class TrainCommands
{
    public static Command Train()
    {
        var zoo = new Option<string>("--zoo") { Description = "The zoo.", DefaultValueFactory = _ => ZooCatalog.Mnistk1001 };
        var networks = new Option<string?>("--networks") { Description = "Comma-separated network ids (default: the whole zoo)." };
        var preset = new Option<string?>("--preset") { Description = "one-per-form: Basic and the median-size member of every other form." };
        var sample = new Option<int?>("--sample") { Description = "A seeded sample of N networks, stratified by form." };
        var seed = new Option<int>("--seed") { Description = "Seed of --sample.", DefaultValueFactory = _ => 42 };
        var settings = new Option<string>("--settings") { Description = "Run settings: t1, t2, t3, quick or your own.", DefaultValueFactory = _ => "quick" };
        var dataset = new Option<string>("--dataset") { Description = "mnist or fashion-mnist.", DefaultValueFactory = _ => "mnist" };
        var workers = new Option<int?>("--workers")
        {
            Description = "Networks trained at once by this process (default: one per core; 0: only enqueue and watch while worker processes train).",
        };
        var threads = new Option<int>("--threads") { Description = "Torch threads per network.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int?>("--epochs") { Description = "Define new run settings named by --settings: epochs." };
        var learningRate = new Option<double?>("--lr") { Description = "… learning rate." };
        var testEvery = new Option<int?>("--test-every") { Description = "… test every k epochs (default 1)." };
        var trainSize = new Option<int?>("--train-size") { Description = "… training images (default all 60,000)." };
        var label = new Option<string?>("--label") { Description = "A label for the campaign." };
        var sharedQueue = new Option<bool>("--shared-queue")
        {
            Description = "Help with the shared queue: this campaign's networks go where the dashboard and workers take them, and " +
                          "this process also trains other campaigns' networks from it (default: only this campaign, on a queue of its own).",
        };
        var command = CommandLineHost.WithServiceOptions(new Command("train", "Train a campaign of networks and wait until it is done.")
        {
            zoo, networks, preset, sample, seed, settings, dataset, workers, threads, epochs, learningRate, testEvery, trainSize, label, sharedQueue,
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            // Every argument is checked before anything starts: no job server, no compute check, nothing stored.
            var arguments = TrainArguments.Check(
                result.GetValue(zoo)!, result.GetValue(networks), result.GetValue(preset), result.GetValue(sample), result.GetValue(seed),
                result.GetValue(settings)!, result.GetValue(epochs), result.GetValue(learningRate), result.GetValue(testEvery),
                result.GetValue(trainSize), result.GetValue(dataset)!, result.GetValue(workers), result.GetValue(threads),
                result.GetValue(sharedQueue), result.GetValue(label));
            var hostSettings = new Dictionary<string, string?>
            {
                ["Netpicking:TorchThreads"] = arguments.Threads.ToString(CultureInfo.InvariantCulture),
            };
            if (arguments.Workers is { } count)
            {
                hostSettings["Netpicking:TrainingWorkers"] = count.ToString(CultureInfo.InvariantCulture);
            }

            var queues = arguments.TrainsHere && !arguments.SharedQueue ? TrainingQueues.OwnQueue() : TrainingQueues.SharedQueue();
            using var host = CommandLineHost.Build(result, withJobs: true, hostSettings, queues);
            var output = result.InvocationConfiguration.Output;
            var campaigns = host.Services.GetRequiredService<CampaignService>();
            var request = await CheckAsync(host.Services, arguments, cancellationToken);

            var compute = await host.Services.GetRequiredService<ComputeSetup>().EnsureAsync(cancellationToken);
            await output.WriteLineAsync(compute.Path.Explanation);
            var launch = await LaunchAsync(campaigns, request, cancellationToken);
            var store = host.Services.GetRequiredService<ResultsStore>();
            output.WriteLine($"Campaign {launch.CampaignId}: {launch.TrainingsToRun.Count} to train, {launch.AlreadyDone} already done, {launch.AlreadyRunning} running elsewhere.");
            try
            {
                // Its networks that are running elsewhere now come back to this run if their worker vanishes.
                queues.Claim(await store.Campaigns.GetCampaignTrainingIdsAsync(launch.CampaignId, cancellationToken));
                await host.StartAsync(cancellationToken);
                var workerCount = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Core.Configuration.NetpickingOptions>>().Value.EffectiveTrainingWorkers;
                var final = await WatchAsync(store, host.Services.GetRequiredService<CampaignForecaster>(), launch.CampaignId, workerCount, output, cancellationToken);
                if (final.Failed > 0)
                {
                    var trainings = await store.Campaigns.GetCampaignTrainingsAsync(launch.CampaignId, cancellationToken);
                    foreach (var failure in trainings.Where(t => t.Status == TrainingStatus.Failed))
                    {
                        result.InvocationConfiguration.Error.WriteLine($"  failed: {failure.NetworkName}: {failure.ErrorMessage}");
                    }

                    throw new CommandLineException($"{final.Failed} of {final.Total} networks failed.", exitCode: 2);
                }

                return 0;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
                if (queues.IsPrivate)
                {
                    await HandOverAsync(host.Services, launch.CampaignId, output);
                }
            }
        });
        return command;
    }

    public static Command Runs()
    {
        var runs = new Command("runs", "Campaigns and their state.");
        var list = CommandLineHost.WithServiceOptions(new Command("list", "List the campaigns."));
        list.SetAction(async (result, cancellationToken) =>
        {
            using var host = CommandLineHost.Build(result);
            await host.StartAsync(cancellationToken);
            var output = result.InvocationConfiguration.Output;
            var campaigns = await host.Services.GetRequiredService<ResultsStore>().Campaigns.ListCampaignsAsync(cancellationToken);
            if (campaigns.Count == 0)
            {
                output.WriteLine("No campaigns yet. Start one with: train --preset one-per-form --settings quick");
            }
            else
            {
                output.WriteLine($"{"id",4}  {"created (UTC)",-16}  {"zoo",-12}  {"settings",-8}  {"dataset",-13}  {"state",-9}  {"done",9}  {"running",7}  {"queued",6}  {"failed",6}");
                foreach (var c in campaigns)
                {
                    var p = c.Progress;
                    output.WriteLine($"{c.Id,4}  {c.CreatedAt:yyyy-MM-dd HH:mm}  {c.ZooName,-12}  {c.RunSettingsName,-8}  {c.DatasetKey,-13}  {c.State,-9}  {$"{p.Done}/{p.Total}",9}  {p.Running,7}  {p.Queued,6}  {p.Failed,6}");
                }
            }

            await host.StopAsync(CancellationToken.None);
        });
        runs.Subcommands.Add(list);
        return runs;
    }

    /// <summary>What needs the store: the zoo, its networks, the run settings and the dataset. Stores nothing.</summary>
    private static async Task<LaunchRequest> CheckAsync(IServiceProvider services, TrainArguments arguments, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ResultsDatabase>().MigrateAsync(cancellationToken);
        var zoos = services.GetRequiredService<ZooResolver>();
        var zoo = await zoos.FindAsync(arguments.Zoo, cancellationToken)
            ?? throw TrainArguments.Bad($"There is no zoo named '{arguments.Zoo}'. Known zoos: {string.Join(", ", await zoos.NamesAsync(cancellationToken))}.");
        var request = arguments.ToRequest(zoo);
        try
        {
            await services.GetRequiredService<CampaignService>().CheckLaunchAsync(request, cancellationToken);
        }
        catch (CampaignLaunchException ex)
        {
            throw TrainArguments.Bad(ex.Message);
        }

        return request;
    }

    private static async Task<CampaignLaunch> LaunchAsync(CampaignService campaigns, LaunchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await campaigns.LaunchAsync(request, cancellationToken);
        }
        catch (CampaignLaunchException ex)
        {
            throw TrainArguments.Bad(ex.Message);
        }
    }

    /// <summary>A run that stops early leaves its waiting networks on the shared queue, where the dashboard or a worker trains them.</summary>
    private static async Task HandOverAsync(IServiceProvider services, int campaignId, TextWriter output)
    {
        var waiting = (await services.GetRequiredService<ResultsStore>().Campaigns.GetCampaignTrainingsAsync(campaignId, CancellationToken.None))
            .Where(t => t.Status == TrainingStatus.Queued)
            .Select(t => t.TrainingId);
        var moved = services.GetRequiredService<HangfireTrainingScheduler>().HandOver(waiting);
        if (moved > 0)
        {
            await output.WriteLineAsync(
                $"{moved} network{(moved == 1 ? "" : "s")} of campaign {campaignId} not started here went to the shared queue: " +
                "the dashboard or a worker trains them; cancel the campaign on the Training page to stop them.");
        }
    }

    private static async Task<CampaignProgress> WatchAsync(
        ResultsStore store, CampaignForecaster forecaster, int campaignId, int workers, TextWriter output, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        string? last = null;
        while (true)
        {
            var campaign = (await store.Campaigns.ListCampaignsAsync(cancellationToken)).Single(c => c.Id == campaignId);
            var progress = campaign.Progress;
            var forecast = progress.Queued + progress.Running == 0
                ? null
                : await forecaster.ForecastAsync(campaign, await store.Campaigns.GetCampaignTrainingsAsync(campaignId, cancellationToken), workers, cancellationToken);
            var line = ProgressLine(progress, forecast);
            if (line != last)
            {
                if (interactive)
                {
                    output.Write($"\r{line.PadRight(100)}");
                }
                else
                {
                    output.WriteLine(line);
                }

                last = line;
            }

            if (progress.Queued == 0 && progress.Running == 0)
            {
                if (interactive)
                {
                    output.WriteLine();
                }

                output.WriteLine($"Finished in {Format.Duration(DateTime.UtcNow - started)}: {progress.Done} done, {progress.Failed} failed, {progress.Cancelled} cancelled.");
                return progress;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static string ProgressLine(CampaignProgress p, CampaignForecast? forecast)
    {
        const int Width = 30;
        var finished = p.Done + p.Failed + p.Cancelled;
        var filled = p.Total == 0 ? Width : finished * Width / p.Total;
        var eta = forecast?.Remaining is { } left ? $" · about {Format.Duration(left)} left" : "";
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {finished}/{p.Total} · {p.Running} running · {p.Queued} queued · {p.Failed} failed{eta}";
    }
}
