using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>
/// Launches and cancels campaigns: validates everything first (zoo, networks, run settings, dataset),
/// stores the campaign in one transaction, then enqueues one job per training that still needs work.
/// </summary>
public sealed class CampaignService(
    ResultsStore store,
    DatasetLocator datasets,
    ITrainingScheduler scheduler,
    TrainingCancellations cancellations,
    ZooResolver zoos,
    TrainingCosts costs)
{
    public async Task<CampaignLaunch> LaunchAsync(LaunchRequest request, CancellationToken cancellationToken = default)
    {
        var (zoo, networkIds, (settings, isNew), dataset) = await CheckAsync(request, cancellationToken);
        if (isNew)
        {
            settings = await store.Catalog.CreateRunSettingsAsync(settings, cancellationToken);
        }

        await store.Catalog.EnsureDatasetAsync(dataset.Name, dataset.DisplayName, cancellationToken);
        if (ZooResolver.IsBuiltIn(zoo.Name))
        {
            // Imported zoos are stored when imported; built-in ones the first time they are trained.
            await store.Catalog.EnsureZooAsync(zoo.Name, ZooSource.Builtin, zoo.Networks.Select(ToRow).ToList(), cancellationToken);
        }

        var launch = await store.Campaigns.CreateCampaignAsync(
            new CampaignRequest(zoo.Name, settings.Name, dataset.Name, networkIds, request.Label), cancellationToken);
        // Longest first, by this machine's cost model: the job queue hands jobs out in the order they were enqueued, so
        // no big network starts last while the other workers sit idle.
        var model = await costs.ModelAsync(cancellationToken);
        var longestFirst = launch.TrainingsToRun
            .Zip(launch.NetworksToRun, (trainingId, networkId) => (TrainingId: trainingId, NetworkId: networkId))
            .OrderByDescending(t => model.Seconds(TrainingWork.Of(zoo.GetById(t.NetworkId), settings)))
            .ToList();
        foreach (var (trainingId, networkId) in longestFirst)
        {
            scheduler.Enqueue(new TrainingTicket(trainingId, zoo.GetById(networkId).Name, launch.CampaignId));
        }

        return launch with { TrainingsToRun = [.. longestFirst.Select(t => t.TrainingId)], NetworksToRun = [.. longestFirst.Select(t => t.NetworkId)] };
    }

    /// <summary>
    /// Checks everything a launch needs (zoo, networks, run settings — stored, or new ones that do not clash — and the
    /// dataset) and writes nothing: a launch that fails leaves no trace. Throws <see cref="CampaignLaunchException"/>.
    /// </summary>
    public async Task CheckLaunchAsync(LaunchRequest request, CancellationToken cancellationToken = default) =>
        await CheckAsync(request, cancellationToken);

    private async Task<(ZooDefinition Zoo, IReadOnlyCollection<int>? NetworkIds, (RunSettings Settings, bool IsNew) Settings, DatasetInfo Dataset)> CheckAsync(
        LaunchRequest request, CancellationToken cancellationToken)
    {
        var zoo = await zoos.FindAsync(request.Zoo, cancellationToken)
            ?? throw new CampaignLaunchException(
                $"There is no zoo named '{request.Zoo}'. Known zoos: {string.Join(", ", await zoos.NamesAsync(cancellationToken))}.");
        var networkIds = CheckNetworks(zoo, request.NetworkIds);
        var settings = await CheckRunSettingsAsync(request, cancellationToken);
        if (settings.Settings.Problems() is { Count: > 0 } problems)
        {
            throw new CampaignLaunchException(string.Join(" ", problems));
        }

        try
        {
            var dataset = datasets.Registry.Get(request.Dataset);
            await datasets.LocateAsync(dataset.Name, cancellationToken);
            return (zoo, networkIds, settings, dataset);
        }
        catch (Exception ex) when (ex is DatasetException or KeyNotFoundException or ArgumentException)
        {
            throw new CampaignLaunchException(ex.Message, ex);
        }
    }

    /// <summary>The stored run settings the request names, or the new ones it defines, not stored yet.</summary>
    private async Task<(RunSettings Settings, bool IsNew)> CheckRunSettingsAsync(LaunchRequest request, CancellationToken cancellationToken)
    {
        var stored = await store.Catalog.GetRunSettingsAsync(request.RunSettings, cancellationToken);
        if (request.NewRunSettings is not { } defined)
        {
            return (stored ?? throw new CampaignLaunchException(
                $"There are no run settings named '{request.RunSettings}'. Known: " +
                string.Join(", ", (await store.Catalog.ListRunSettingsAsync(cancellationToken)).Select(s => s.Name)) + "."), false);
        }

        if (defined.Name != request.RunSettings)
        {
            throw new ArgumentException("New run settings must carry the name the request launches.", nameof(request));
        }

        if (defined.Problems() is { Count: > 0 } problems)
        {
            throw new CampaignLaunchException(string.Join(" ", problems));
        }

        return stored is null ? (defined, true)
            : stored with { IsBuiltIn = false } == defined with { IsBuiltIn = false } ? (stored, false)
            : throw new CampaignLaunchException($"Run settings named '{defined.Name}' already exist with other values; pick another name.");
    }

    /// <summary>Stores user-defined run settings after checking them; the same name twice is an error.</summary>
    public async Task<RunSettings> DefineRunSettingsAsync(RunSettings settings, CancellationToken cancellationToken = default)
    {
        if (settings.Problems() is { Count: > 0 } problems)
        {
            throw new CampaignLaunchException(string.Join(" ", problems));
        }

        if (await store.Catalog.GetRunSettingsAsync(settings.Name, cancellationToken) is { } existing)
        {
            return existing with { IsBuiltIn = false } == settings with { IsBuiltIn = false }
                ? existing
                : throw new CampaignLaunchException($"Run settings named '{settings.Name}' already exist with other values; pick another name.");
        }

        return await store.Catalog.CreateRunSettingsAsync(settings, cancellationToken);
    }

    /// <summary>Cancels the campaign's waiting and running trainings; those in this process stop within a batch.</summary>
    public async Task<bool> CancelAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        var cancelled = await store.Campaigns.CancelCampaignAsync(campaignId, cancellationToken);
        cancellations.Cancel(await store.Campaigns.GetCampaignTrainingIdsAsync(campaignId, cancellationToken));
        return cancelled;
    }

    /// <summary>Re-enqueues trainings whose worker vanished (killed process); run periodically by every worker.</summary>
    public async Task<int> RecoverStaleAsync(CancellationToken cancellationToken = default)
    {
        var stale = await store.Trainings.RequeueStaleAsync(cancellationToken);
        foreach (var trainingId in stale)
        {
            var job = await store.Trainings.GetTrainingJobAsync(trainingId, cancellationToken);
            scheduler.Enqueue(new TrainingTicket(trainingId, job?.NetworkName ?? $"training {trainingId}", CampaignId: null));
        }

        return stale.Count;
    }

    public static NetworkRow ToRow(NetworkSpec spec)
    {
        var metrics = StaticMetricsCalculator.Compute(spec);
        return new NetworkRow(spec.Id, spec.Name, spec.Group, spec.Form, spec.Activation.ToString(), ZooJsonl.WriteLine(spec).TrimEnd('\n'),
            metrics.Params, metrics.MemoryElements, (int)metrics.Ops, metrics.Layers, metrics.Depth);
    }

    private static IReadOnlyCollection<int>? CheckNetworks(ZooDefinition zoo, IReadOnlyCollection<int>? ids)
    {
        if (ids is null)
        {
            return null;
        }

        if (ids.Count == 0)
        {
            throw new CampaignLaunchException("Choose at least one network to train.");
        }

        var unknown = ids.Where(id => !zoo.TryGetById(id, out _)).Distinct().Order().ToList();
        return unknown.Count == 0
            ? ids.Distinct().ToList()
            : throw new CampaignLaunchException(
                $"The zoo {zoo.Name} has no network with id {string.Join(", ", unknown)} (ids run from 0 to {zoo.Networks.Length - 1}).");
    }
}
