using Netpicking.Core.Benchmarks.Synthetic;

namespace Netpicking.Tests.Analysis;

public sealed class SyntheticPopulationModelTests
{
    private static readonly int[] Epochs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    [Fact]
    public void ANetworkDrawsTheSameWhateverElseWasDrawn()
    {
        var labels = SyntheticPopulationModel.SeededLabels(500, 9);
        var first = new SyntheticPopulationModel(labels, 9);
        var second = new SyntheticPopulationModel(labels, 9);

        _ = first.Epochs(3, Epochs);
        var a = first.Epochs(7, Epochs);
        var b = second.Epochs(7, [12]);

        Assert.Equal(a[^1].Answers, b[0].Answers);
        Assert.Equal(a[^1].Accuracy, b[0].Accuracy);
        Assert.Equal(first.Probabilities(7, 12, a[^1].Answers), second.Probabilities(7, 12, b[0].Answers));
        Assert.NotEqual(a[^1].Answers, new SyntheticPopulationModel(labels, 10).Epochs(7, [12])[0].Answers);
    }

    [Fact]
    public void AccuraciesLookLikeAnMnistZoosAndImproveWithEpochs()
    {
        var model = new SyntheticPopulationModel(SyntheticPopulationModel.SeededLabels(2_000, 1), 1);
        var networks = Enumerable.Range(0, 300).Select(n => model.Epochs(n, Epochs)).ToList();
        var final = networks.Select(e => e[^1].Accuracy).Order().ToList();

        // Mostly 85–99.5 %, the median near 97 %, and a few stuck networks near chance.
        Assert.InRange(final[final.Count / 2], 0.95, 0.99);
        Assert.InRange(final.Count(a => a < 0.3), 3, 25);
        Assert.True(final.Count(a => a > 0.85) > 0.9 * final.Count);
        Assert.True(networks.Count(e => e[^1].Accuracy > e[0].Accuracy) > 0.8 * networks.Count);
    }

    [Fact]
    public void ScoresAndProbabilitiesAgreeWithTheAnswers()
    {
        var labels = SyntheticPopulationModel.SeededLabels(300, 4);
        var model = new SyntheticPopulationModel(labels, 4);
        var epoch = model.Epochs(11, [5])[0];
        var probabilities = model.Probabilities(11, 5, epoch.Answers);
        var logProbabilities = model.LogProbabilities(11, 5, epoch.Answers);

        Assert.Equal(epoch.Answers.Count(a => a < 10), labels.Length);
        Assert.Equal(Enumerable.Range(0, labels.Length).Count(i => epoch.Answers[i] == labels[i]) / (double)labels.Length, epoch.Accuracy);
        Assert.Equal(labels.Length, epoch.ConfusionMatrix.Sum());
        Assert.Equal(epoch.ClassRecall.Average(), epoch.BalancedAccuracy, 6);
        for (var i = 0; i < labels.Length; i++)
        {
            var row = probabilities.AsSpan(i * 10, 10);
            Assert.Equal(epoch.Answers[i], row.IndexOf(row.ToArray().Max()));
            Assert.Equal(1.0, row.ToArray().Sum(), 4);
            Assert.Equal(MathF.Log(row[3]), logProbabilities[(i * 10) + 3], 1e-5f);
        }
    }
}
