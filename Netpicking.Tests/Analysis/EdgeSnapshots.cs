using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

/// <summary>Degenerate populations: none, one network, and one where every value ties.</summary>
internal static class EdgeSnapshots
{
    public static PopulationSnapshot Empty() =>
        new(AnalysisFixture.Scope(2), [2], [], AnalysisFixture.Labels, [], _ => []);

    public static PopulationSnapshot Single()
    {
        var network = AnalysisFixture.Networks()[0];
        return new PopulationSnapshot(
            AnalysisFixture.Scope(2), [1, 2], [network], AnalysisFixture.Labels, [AnalysisFixture.Answers[0]],
            AnalysisFixture.Probabilities);
    }

    /// <summary>Four Linear networks with the same costs, scores and answers (all say class 0 with 0.9).</summary>
    public static PopulationSnapshot AllTied()
    {
        var recall = Enumerable.Repeat(0.9f, 10).ToArray();
        var networks = Enumerable.Range(0, 4)
            .Select(i => new PopulationNetwork(
                i, $"LinearReLU_{i}", "Linear", "LinearReLU", "ReLU", 1000, 2000, 8, 2,
                [new EpochScores(2, 0.9, 0.9, 0.9, recall, recall, 30)]))
            .ToArray();
        var answers = Enumerable.Range(0, 4).Select(_ => new byte[AnalysisFixture.Labels.Length]).ToArray();
        return new PopulationSnapshot(AnalysisFixture.Scope(2), [2], networks, AnalysisFixture.Labels, answers, _ =>
        {
            var p = new float[AnalysisFixture.Labels.Length * 10];
            for (var image = 0; image < AnalysisFixture.Labels.Length; image++)
            {
                for (var c = 0; c < 10; c++)
                {
                    p[image * 10 + c] = c == 0 ? 0.9f : 0.1f / 9;
                }
            }

            return p;
        });
    }
}
