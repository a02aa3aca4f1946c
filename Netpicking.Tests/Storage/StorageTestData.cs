using Netpicking.Core.Storage;

namespace Netpicking.Tests.Storage;

internal static class StorageTestData
{
    public const string ZooName = "test-zoo";
    public const int TestImages = 10_000;

    public static NetworkRow Network(int id, string? name = null, long parameters = 7850) =>
        new(id, name ?? $"LinearBias_{id}", "Linear", "LinearBias", "None",
            $$"""{"id":{{id}},"name":"{{name ?? $"LinearBias_{id}"}}"}""", parameters, 1588, 4, 2, 1);

    public static IReadOnlyList<NetworkRow> Networks(int count) => Enumerable.Range(0, count).Select(i => Network(i)).ToList();

    public static async Task<ZooUpsertResult> SeedZooAsync(ResultsStore store, int networks = 5) =>
        await store.Catalog.EnsureZooAsync(ZooName, ZooSource.Generated, Networks(networks), TestContext.Current.CancellationToken);

    /// <summary>Seeded log-softmax outputs for <paramref name="images"/> images.</summary>
    public static float[] LogProbabilities(int images, int seed = 1)
    {
        var random = new Random(seed);
        var values = new float[images * PredictionCodec.ClassCount];
        for (var i = 0; i < images; i++)
        {
            var row = values.AsSpan(i * PredictionCodec.ClassCount, PredictionCodec.ClassCount);
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = (float)(random.NextDouble() * 8 - 4);
            }

            var max = row.ToArray().Max();
            var logSum = max + MathF.Log(row.ToArray().Sum(v => MathF.Exp(v - max)));
            for (var c = 0; c < row.Length; c++)
            {
                row[c] -= logSum;
            }
        }

        return values;
    }

    public static EpochRecord TestedEpoch(int trainingId, int epoch, int images = TestImages)
    {
        var predictions = PredictionCodec.Encode(LogProbabilities(images, seed: epoch));
        var confusion = new int[100];
        confusion[0] = images; // only the sum is checked against the predictions
        var test = new TestScores(
            TestLoss: 0.25 + epoch, Accuracy: 0.9, BalancedAccuracy: 0.89, AucMean: 0.99,
            ClassRecall: Enumerable.Range(0, 10).Select(c => 0.8f + c / 100f).ToArray(),
            ClassAuc: Enumerable.Range(0, 10).Select(c => 0.95f + c / 1000f).ToArray(),
            ConfusionMatrix: confusion);
        return new EpochRecord(trainingId, epoch, TrainLoss: 0.5 / epoch, EpochSeconds: 1.5, test, predictions);
    }

    public static EpochRecord UntestedEpoch(int trainingId, int epoch) => new(trainingId, epoch, 0.5 / epoch, 1.25);
}
