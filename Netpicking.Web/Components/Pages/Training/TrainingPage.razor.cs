using System.Globalization;
using Microsoft.AspNetCore.Components;
using Netpicking.Core.Campaigns;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;
using Netpicking.Web.Components.Analysis;
using Netpicking.Web.Components.Shared;
using Netpicking.Web.Text;

namespace Netpicking.Web.Components.Pages.Training;

public partial class TrainingPage
{
    private readonly CancellationTokenSource disposed = new();
    private string zoo = ZooCatalog.Mnistk1001;
    private SelectionKind selection = SelectionKind.OnePerForm;
    private string sampleText = "50";
    private int sampleSeed = 42;
    private string settingsName = "quick";
    private string dataset = "mnist";
    private IReadOnlyList<RunSettings> settings = [];
    private IReadOnlyList<int> selectedIds = [];
    private IReadOnlyList<CampaignSummary>? campaigns;
    private IReadOnlyList<CampaignTrainingRow>? trainings;
    private IReadOnlyList<WorkerRow>? workers;
    private IReadOnlyList<ZooDefinition> zooList = [ZooCatalog.Default.Get(ZooCatalog.Mnistk1001)];
    private int? openCampaign;
    private List<string> addressWarnings = [];
    private bool launching;
    private string? launchError;
    private int? confirmingCancel;
    private IReadOnlyDictionary<int, CampaignNetworkResult> results = new Dictionary<int, CampaignNetworkResult>();
    private readonly Dictionary<int, LossTrail> trails = [];
    private Charts.ChartFigure? populationFigure;
    private string? figureKey;

    public enum SelectionKind
    {
        Selected,
        OnePerForm,
        Sample,
        All,
    }

    [SupplyParameterFromQuery(Name = "zoo")] public string? ZooParameter { get; set; }

    [SupplyParameterFromQuery(Name = "networks")] public string? NetworksParameter { get; set; }

    // Text, not int?: "campaign=abc" opens the running campaign instead of a server error.
    [SupplyParameterFromQuery(Name = "campaign")] public string? CampaignParameter { get; set; }

    private string SelectionSummary => selection switch
    {
        SelectionKind.Selected => $"{selectedIds.Count} network{(selectedIds.Count == 1 ? "" : "s")} chosen on the Zoo page.",
        SelectionKind.OnePerForm => $"{OnePerForm().Count} networks: Basic and the median-size member of every other form.",
        SelectionKind.Sample => SampleProblem is null
            ? $"{SampleSize} networks drawn with seed {sampleSeed}, each form represented in proportion to its size."
            : "No sample to draw until its size is fixed.",
        _ => $"All {NetworkCount} networks. On a CPU this is days of work: consider the quick settings first.",
    };

    protected override async Task OnParametersSetAsync()
    {
        // Built-in zoos and the imported ones (Zoo, Import), each parsed once per process.
        var found = new List<ZooDefinition>();
        foreach (var name in await Zoos.NamesAsync(disposed.Token))
        {
            if (await Zoos.FindAsync(name, disposed.Token) is { } z)
            {
                found.Add(z);
            }
        }

        zooList = found;
        addressWarnings = [];
        if (ZooParameter is { } requested)
        {
            if (zooList.Any(z => z.Name == requested))
            {
                zoo = requested;
            }
            else
            {
                addressWarnings.Add($"There is no zoo '{requested}'; {zoo} is chosen.");
            }
        }

        selectedIds = ParseIds(NetworksParameter, out var unreadable);
        if (unreadable.Count > 0)
        {
            addressWarnings.Add($"networks= names {string.Join(", ", unreadable)}, which the zoo {zoo} does not have; left out.");
        }

        if (selectedIds.Count > 0)
        {
            selection = SelectionKind.Selected;
        }

        var campaignAsked = CampaignParameter is not null;
        if (int.TryParse(CampaignParameter, NumberStyles.None, CultureInfo.InvariantCulture, out var campaign))
        {
            openCampaign = campaign;
        }
        else if (campaignAsked)
        {
            addressWarnings.Add($"campaign={CampaignParameter} is not a campaign number; the running or newest campaign is shown.");
        }

        settings = await Store.Catalog.ListRunSettingsAsync(disposed.Token);
        var asked = openCampaign;
        await RefreshAsync();
        if (campaignAsked && asked is { } missing && openCampaign != missing)
        {
            addressWarnings.Add($"There is no campaign {missing}; the running or newest campaign is shown.");
        }

        if (PageQueryKeys.Undeclared(Navigation.Uri, GetType()) is { } unknown)
        {
            addressWarnings.Add(unknown);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ = PollAsync();
        }
    }

    /// <summary>Progress is read from the store, so it shows jobs of every worker process, not just this one.</summary>
    private async Task PollAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var ticks = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(disposed.Token))
            {
                // Every second while something trains; every few seconds otherwise, so workers coming and going show up.
                var busy = campaigns?.Any(c => c.State == CampaignState.Active) == true || trainings?.Any(t => t.Status == TrainingStatus.Running) == true;
                if (busy || ++ticks % 5 == 0)
                {
                    await InvokeAsync(async () =>
                    {
                        await RefreshAsync();
                        StateHasChanged();
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RefreshAsync()
    {
        campaigns = await Store.Campaigns.ListCampaignsAsync(disposed.Token);
        if (openCampaign is { } open && campaigns.All(c => c.Id != open))
        {
            // An address naming a campaign that does not exist: show the one there is to follow.
            openCampaign = null;
        }

        // A campaign still training is the one to follow: on a reload it stays in view, not a newer one already over.
        openCampaign ??= (campaigns.FirstOrDefault(c => c.State == CampaignState.Active) ?? campaigns.FirstOrDefault())?.Id;
        trainings = openCampaign is { } id ? await Store.Campaigns.GetCampaignTrainingsAsync(id, disposed.Token) : null;
        await FollowTrainingsAsync();
        workers = await Workers.ListAsync(disposed.Token);
        lostWorkers = workers.Where(w => w.State == WorkerState.Disappeared).Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        await ForecastAsync();
    }

    private async Task LaunchAsync()
    {
        launching = true;
        launchError = null;
        try
        {
            var catalog = CurrentZoo;
            IReadOnlyCollection<int>? ids = selection switch
            {
                SelectionKind.Selected => selectedIds,
                SelectionKind.OnePerForm => OnePerForm(),
                SelectionKind.Sample when SampleProblem is { } problem => throw new CampaignLaunchException(problem),
                SelectionKind.Sample => NetworkSelection.StratifiedSample(catalog, SampleSize!.Value, sampleSeed),
                _ => null,
            };
            var launch = await Campaigns.LaunchAsync(new LaunchRequest(zoo, settingsName, dataset, ids), disposed.Token);
            openCampaign = launch.CampaignId;
            await RefreshAsync();
        }
        catch (CampaignLaunchException ex)
        {
            launchError = ex.Message;
        }
        finally
        {
            launching = false;
        }
    }

    private async Task CancelAsync(int campaignId)
    {
        confirmingCancel = null;
        await Campaigns.CancelAsync(campaignId, disposed.Token);
        await RefreshAsync();
    }

    // The page re-renders every second while a campaign runs; the preset needs every network's metrics, so once per zoo.
    private readonly Dictionary<string, IReadOnlyList<int>> onePerFormByZoo = new(StringComparer.Ordinal);

    private ZooDefinition CurrentZoo => zooList.FirstOrDefault(z => z.Name == zoo) ?? zooList[0];

    private int NetworkCount => CurrentZoo.Networks.Length;

    private int? SampleSize => int.TryParse(sampleText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>What is wrong with the sample size typed, shown beside the field; launching waits until it is fixed.</summary>
    private string? SampleProblem => selection == SelectionKind.Sample ? NetworkSelection.SampleSizeProblem(CurrentZoo, SampleSize) : null;

    /// <summary>Done, cancelled and failed counted apart: a cancelled network was not trained, so it is not "done".</summary>
    private static string Counts(CampaignProgress p)
    {
        var parts = new List<string> { $"{p.Done} / {p.Total} done" };
        if (p.Cancelled > 0)
        {
            parts.Add($"{p.Cancelled} cancelled");
        }

        if (p.Failed > 0)
        {
            parts.Add($"{p.Failed} failed");
        }

        parts.Add($"{p.Running} running");
        parts.Add($"{p.Queued} queued");
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// Adds each running network's heartbeat to its loss curve, and reads the scores and times of the finished ones; the
    /// chart is built again only when another network finished.
    /// </summary>
    private async Task FollowTrainingsAsync()
    {
        if (trainings is null || openCampaign is not { } id)
        {
            return;
        }

        foreach (var t in trainings)
        {
            if (t.Status == TrainingStatus.Running && t.Progress is { } progress)
            {
                if (!trails.TryGetValue(t.TrainingId, out var trail))
                {
                    trails[t.TrainingId] = trail = new LossTrail();
                }

                trail.Add(progress);
            }
        }

        var key = $"{id}:{string.Join(",", trainings.Where(t => t.Status == TrainingStatus.Done).Select(t => t.TrainingId))}";
        if (key != figureKey)
        {
            results = (await ResultsReader.ReadAsync(id, disposed.Token)).ToDictionary(r => r.TrainingId);
            populationFigure = TrainingFigure.Build(CampaignZoo(id), trainings, results);
            figureKey = key;
        }
    }

    private IReadOnlyList<int> OnePerForm()
    {
        if (!onePerFormByZoo.TryGetValue(CurrentZoo.Name, out var ids))
        {
            ids = NetworkSelection.OnePerForm(CurrentZoo);
            onePerFormByZoo[CurrentZoo.Name] = ids;
        }

        return ids;
    }

    /// <summary>The ids of the current zoo in <paramref name="text"/>; the parts that are not (<paramref name="unreadable"/>) are named on the page.</summary>
    private IReadOnlyList<int> ParseIds(string? text, out IReadOnlyList<string> unreadable)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        bool Known(string part) => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && CurrentZoo.TryGetById(id, out _);
        unreadable = [.. parts.Where(part => !Known(part)).Distinct().Take(10)];
        return [.. parts.Where(Known).Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)).Distinct()];
    }

    private static string Describe(RunSettings s) =>
        $"{s.Epochs} epoch{(s.Epochs == 1 ? "" : "s")}" +
        (s.TrainSize is { } size ? $" on {size:N0} images" : " on all 60,000 images") +
        $", lr {s.LearningRate.ToString(CultureInfo.InvariantCulture)}, tested every {(s.TestEvery == 1 ? "epoch" : $"{s.TestEvery} epochs")}";

    /// <summary>A bar segment's CSS width; also the running network's batch bar in <see cref="CampaignNetworks"/>.</summary>
    internal static string Share(int part, int total) =>
        (total == 0 ? 0 : 100.0 * part / total).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private readonly Dictionary<int, CampaignForecast> forecasts = [];

    private string Eta(CampaignSummary c) =>
        c.State != CampaignState.Active ? ""
        : forecasts.GetValueOrDefault(c.Id)?.Remaining is { } left ? $"about {Format.Duration(left)}"
        : "estimating…";

    private async Task ForecastAsync()
    {
        forecasts.Clear();
        var localWorkers = Options.Value.EffectiveTrainingWorkers;
        foreach (var campaign in campaigns?.Where(c => c.State == CampaignState.Active) ?? [])
        {
            var rows = campaign.Id == openCampaign && trainings is not null
                ? trainings
                : await Store.Campaigns.GetCampaignTrainingsAsync(campaign.Id, disposed.Token);
            var liveWorkers = workers?.Where(w => w.State == WorkerState.Live).Sum(w => w.TrainingWorkers) ?? 0;
            forecasts[campaign.Id] = await Forecaster.ForecastAsync(campaign, rows, Math.Max(liveWorkers, localWorkers), disposed.Token);
        }
    }

    private HashSet<string> lostWorkers = [];

    // Network ids are unique only within a zoo, so the link names the campaign's.
    private string CampaignZoo(int campaignId) =>
        campaigns?.FirstOrDefault(c => c.Id == campaignId)?.ZooName ?? ZooCatalog.DefaultZooName;

    private bool IsStale(CampaignTrainingRow t) =>
        t.Status == TrainingStatus.Running
        && ((t.LastHeartbeatAt is not null && TrainingLease.HasExpired(t.LastHeartbeatAt, DateTime.UtcNow)) || (t.WorkerName is { } w && lostWorkers.Contains(w)));

    private static string WorkerStateText(WorkerState state) => state switch
    {
        WorkerState.Live => "live",
        WorkerState.Stopped => "stopped",
        _ => "⚠ disappeared",
    };

    private static string WorkerStateClass(WorkerState state) => state switch
    {
        WorkerState.Live => "state-running",
        WorkerState.Stopped => "state-cancelled",
        _ => "state-failed",
    };

    private static string WorkerStateHelp(WorkerState state) => state switch
    {
        WorkerState.Live => "sending heartbeats",
        WorkerState.Stopped => "shut down cleanly",
        _ => "stopped sending heartbeats without shutting down: killed, crashed or cut off",
    };

    private static string Ago(DateTime time)
    {
        var ago = DateTime.UtcNow - time;
        return ago < TimeSpan.FromSeconds(10) ? "just now" : $"{Format.Duration(ago)} ago";
    }

    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }
}
