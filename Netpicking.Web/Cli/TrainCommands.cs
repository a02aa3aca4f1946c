using System.CommandLine;
using System.Globalization;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Compute;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
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
        var command = CommandLineHost.WithServiceOptions(new Command("train", "Train a campaign of networks and wait until it is done.")
        {
            zoo, networks, preset, sample, seed, settings, dataset, workers, threads, epochs, learningRate, testEvery, trainSize, label,
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            var zooName = result.GetValue(zoo)!;
            if (new object?[] { result.GetValue(networks), result.GetValue(preset), result.GetValue(sample) }.Count(o => o is not null) > 1)
            {
                throw new CommandLineException("Give at most one of --networks, --preset and --sample.");
            }

            var hostSettings = new Dictionary<string, string?>
            {
                ["Netpicking:TorchThreads"] = result.GetValue(threads).ToString(CultureInfo.InvariantCulture),
            };
            if (result.GetValue(workers) is { } count)
            {
                hostSettings["Netpicking:TrainingWorkers"] = count.ToString(CultureInfo.InvariantCulture);
            }

            using var host = CommandLineHost.Build(result, withJobs: true, hostSettings);
            var output = result.InvocationConfiguration.Output;
            var compute = await host.Services.GetRequiredService<ComputeSetup>().EnsureAsync(cancellationToken);
            await output.WriteLineAsync(compute.Path.Explanation);
            await host.StartAsync(cancellationToken);
            var campaigns = host.Services.GetRequiredService<CampaignService>();
            var store = host.Services.GetRequiredService<ResultsStore>();
            try
            {
                var resolved = await host.Services.GetRequiredService<ZooResolver>().FindAsync(zooName, cancellationToken)
                    ?? throw new CommandLineException(
                        $"There is no zoo named '{zooName}'. Known zoos: {string.Join(", ", await host.Services.GetRequiredService<ZooResolver>().NamesAsync(cancellationToken))}.");
                var ids = SelectNetworks(resolved, result.GetValue(networks), result.GetValue(preset), result.GetValue(sample), result.GetValue(seed));
                var settingsName = result.GetValue(settings)!;
                if (result.GetValue(epochs) is { } e)
                {
                    var lr = result.GetValue(learningRate) ?? throw new CommandLineException("--lr is needed with --epochs to define run settings.");
                    await campaigns.DefineRunSettingsAsync(
                        new RunSettings(settingsName, e, result.GetValue(testEvery) ?? 1, lr, TrainSize: result.GetValue(trainSize)), cancellationToken);
                }

                var launch = await LaunchAsync(campaigns, new LaunchRequest(zooName, settingsName, result.GetValue(dataset)!, ids, result.GetValue(label)), cancellationToken);
                output.WriteLine($"Campaign {launch.CampaignId}: {launch.TrainingsToRun.Count} to train, {launch.AlreadyDone} already done, {launch.AlreadyRunning} running elsewhere.");
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

    private static IReadOnlyCollection<int>? SelectNetworks(ZooDefinition zoo, string? networks, string? preset, int? sample, int seed)
    {
        if (networks is not null)
        {
            var parts = networks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var bad = parts.Where(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
            return bad.Count == 0
                ? parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList()
                : throw new CommandLineException($"--networks takes ids separated by commas; '{string.Join("', '", bad)}' is not an id.");
        }

        return preset switch
        {
            null when sample is { } n => n >= 1 && n <= zoo.Networks.Length
                ? NetworkSelection.StratifiedSample(zoo, n, seed)
                : throw new CommandLineException($"--sample must be between 1 and {zoo.Networks.Length} (got {n})."),
            null => null,
            "one-per-form" => NetworkSelection.OnePerForm(zoo),
            _ => throw new CommandLineException($"Unknown preset '{preset}'. Known: one-per-form."),
        };
    }

    private static async Task<CampaignLaunch> LaunchAsync(CampaignService campaigns, LaunchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await campaigns.LaunchAsync(request, cancellationToken);
        }
        catch (CampaignLaunchException ex)
        {
            throw new CommandLineException(ex.Message);
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
