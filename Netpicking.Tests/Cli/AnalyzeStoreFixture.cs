using Netpicking.Core.Storage;
using Netpicking.Core.Zoo;
using Netpicking.Tests.Data;
using Netpicking.Tests.Storage;

namespace Netpicking.Tests.Cli;

/// <summary>
/// A real data folder for <c>analyze</c>: a migrated results store filled through <see cref="ResultsStore"/>, and an
/// MNIST-shaped datasets folder whose 10,000 test labels cycle 0–9 (image i has label i % 10), so every count below
/// can be worked out by hand. Run settings quick test epochs 1 and 2; probabilities are 0.9 on the answer.
/// <list type="bullet">
/// <item>#0 Basic_0 (Basic, None; 7,850 params): says 8 on every 9; 89.9 % at both epochs.</item>
/// <item>#1 Linear_1 (Linear, ReLU; 20,000 params): epoch 1 also wrong on class 9 and half of class 8 (84.9 %); epoch 2
/// wrong only on the 100 images with i % 100 = 9, where it says 0 (98.9 %).</item>
/// <item>#2 Conv2d_2 (Conv2d, ReLU; 50,000 params): right everywhere else; 99.9 % at both epochs: the best.</item>
/// <item>#3 Conv1d_3 (Conv1d, Tanh): epoch 1 only, always says 0 (10 %); absent at epoch 2.</item>
/// </list>
/// Every network says 7 on the ten "weird" images i % 1000 = 0 (label 0).
/// </summary>
public sealed class AnalyzeStoreFixture : IAsyncLifetime
{
    public const int Images = 10_000;

    private readonly TempFolder folder = new();

    public string DataDir => folder.Sub("data");

    public string Datasets => folder.Sub("datasets");

    public static int Label(int image) => image % 10;

    public static bool Weird(int image) => image % 1000 == 0;

    public async ValueTask InitializeAsync()
    {
        var ct = CancellationToken.None;
        IdxTestFiles.WriteDataset(Path.Combine(Datasets, "mnist"), trainCount: 10, testCount: Images);
        Directory.CreateDirectory(DataDir);
        var factory = new SqliteResultsDbContextFactory(Path.Combine(DataDir, "netpicking.db"));
        await new ResultsDatabase(factory).MigrateAsync(ct);
        var store = new ResultsStore(factory, TimeProvider.System);
        await store.Catalog.EnsureZooAsync(StorageTestData.ZooName, ZooSource.Generated,
        [
            Row(0, "Basic_0", Families.Basic, "None", 7_850, 7_840),
            Row(1, "Linear_1", Families.Linear, "ReLU", 20_000, 20_000),
            Row(2, "Conv2d_2", Families.Conv2d, "ReLU", 50_000, 500_000),
            Row(3, "Conv1d_3", Families.Conv1d, "Tanh", 3_000, 30_000),
        ], ct);
        var trainings = (await store.Campaigns.CreateCampaignAsync(new CampaignRequest(StorageTestData.ZooName, "quick", "mnist", [0, 1, 2, 3]), ct)).TrainingsToRun;

        foreach (var epoch in new[] { 1, 2 })
        {
            await SaveAsync(store, trainings[0], epoch, i => Label(i) == 9 ? 8 : Label(i));
            await SaveAsync(store, trainings[1], epoch, epoch == 1
                ? i => Label(i) == 9 || i % 20 == 8 ? 0 : Label(i)
                : i => i % 100 == 9 ? 0 : Label(i));
            await SaveAsync(store, trainings[2], epoch, Label);
        }

        await SaveAsync(store, trainings[3], 1, _ => 0);
    }

    private static NetworkRow Row(int id, string name, string family, string activation, long parameters, int ops) =>
        new(id, name, family, family, activation, $$"""{"id":{{id}},"name":"{{name}}"}""", parameters, parameters * 2, ops, 2, 1);

    private static async Task SaveAsync(ResultsStore store, int trainingId, int epoch, Func<int, int> answerOf)
    {
        var logProbabilities = new float[Images * 10];
        var confusion = new int[100];
        for (var image = 0; image < Images; image++)
        {
            var answer = Weird(image) ? 7 : answerOf(image);
            for (var c = 0; c < 10; c++)
            {
                logProbabilities[image * 10 + c] = MathF.Log(c == answer ? 0.9f : 0.1f / 9);
            }

            confusion[Label(image) * 10 + answer]++;
        }

        var recall = Enumerable.Range(0, 10).Select(c => confusion[c * 10 + c] / 1000f).ToArray();
        var accuracy = Enumerable.Range(0, 10).Sum(c => confusion[c * 10 + c]) / (double)Images;
        var test = new TestScores(0.3, accuracy, recall.Average(r => (double)r), 0.95, recall, Enumerable.Repeat(0.95f, 10).ToArray(), confusion);
        await store.Epochs.SaveEpochAsync(new EpochRecord(trainingId, epoch, 0.5, 2.0, test, PredictionCodec.Encode(logProbabilities)), CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
