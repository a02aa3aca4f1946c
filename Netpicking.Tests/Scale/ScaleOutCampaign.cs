using System.Globalization;
using System.Security.Cryptography;
using Netpicking.Core.Storage;
using Netpicking.Core.Training;

namespace Netpicking.Tests.Scale;

/// <summary>
/// The campaign the scale-out tests train: eight cheap networks of mnistk-1001 (Basic and linear ones, a few seconds
/// each on one core) with small custom settings, and how to compare two stores' results of it by content.
/// </summary>
internal static class ScaleOutCampaign
{
    public static readonly int[] Networks = [0, 751, 776, 801, 802, 826, 851, 887];

    public static readonly RunSettings Settings = new("scale", Epochs: 3, TestEvery: 1, LearningRate: 0.002, TrainSize: 6_000);

    /// <summary>Five times the work per network: per-process costs (start, dataset load) no longer dominate a timing.</summary>
    public static readonly RunSettings Heavier = new("scale-x5", Epochs: 3, TestEvery: 1, LearningRate: 0.002, TrainSize: 30_000);

    /// <summary>The <c>train</c> arguments that define <paramref name="settings"/> (default <see cref="Settings"/>) and train <see cref="Networks"/>.</summary>
    public static string[] TrainArguments(string dataFolder, string datasets, int workers, RunSettings? settings = null) =>
        Arguments(settings ?? Settings, dataFolder, datasets, workers);

    private static string[] Arguments(RunSettings settings, string dataFolder, string datasets, int workers) =>
    [
        "train", "--networks", string.Join(',', Networks), "--settings", settings.Name,
        "--epochs", settings.Epochs.ToString(CultureInfo.InvariantCulture),
        "--lr", settings.LearningRate.ToString(CultureInfo.InvariantCulture),
        "--train-size", settings.TrainSize!.Value.ToString(CultureInfo.InvariantCulture),
        "--workers", workers.ToString(CultureInfo.InvariantCulture), "--data-dir", dataFolder, "--datasets", datasets,
    ];

    /// <summary>
    /// Every stored number of every epoch of every network of the campaign, by network name, with a hash of the
    /// predictions; the epoch's measured time is left out (it is a measurement, not a result).
    /// </summary>
    public static async Task<SortedDictionary<string, string[]>> ContentAsync(ResultsStore store, int campaignId, CancellationToken ct)
    {
        var content = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in await store.Campaigns.GetCampaignTrainingsAsync(campaignId, ct))
        {
            var epochs = new List<string>();
            foreach (var e in await store.Epochs.GetStoredEpochsAsync(row.TrainingId, ct))
            {
                var predictions = await store.Epochs.GetPredictionsAsync(row.TrainingId, e.Epoch, ct);
                var hash = predictions is null ? "-" : Convert.ToHexString(SHA256.HashData([.. predictions.LogProbabilities, .. predictions.Argmax]));
                var t = e.Test;
                epochs.Add(string.Join(' ',
                    e.Epoch, R(e.TrainLoss), e.Tested, R(t?.TestLoss), R(t?.Accuracy), R(t?.BalancedAccuracy), R(t?.AucMean),
                    string.Join(',', t?.ClassRecall.Select(v => R(v)) ?? []), string.Join(',', t?.ClassAuc.Select(v => R(v)) ?? []),
                    string.Join(',', t?.ConfusionMatrix ?? []), hash));
            }

            content[row.NetworkName] = [.. epochs];
        }

        return content;
    }

    private static string R(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
