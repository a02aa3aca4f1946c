namespace Netpicking.Core.Campaigns;

/// <summary>
/// Predicts the seconds a training takes on this machine: a base model (per-step and per-layer overhead, seconds per
/// multiply-add, measured on the one-per-form preset) scaled per family by how much slower or faster that family ran
/// here (the median of measured ÷ predicted over trainings already done on this machine's compute path). Used to start
/// a campaign's longest networks first and to estimate its time left. docs/decisions/0013-compute-path-per-machine.md.
/// </summary>
public sealed record TrainingCostModel(
    IReadOnlyDictionary<string, double> TrainFactors,
    IReadOnlyDictionary<string, double> TestFactors,
    double TrainFactor,
    double TestFactor,
    int Samples)
{
    // The base model, from the one-per-form preset on a 2-core AMD EPYC (Zen 5), oneDNN off, MKL's Intel path.
    private const double SecondsPerStep = 2.0e-4;
    private const double SecondsPerStepPerLayer = 1.0e-4;
    private const double SecondsPerMultiplyAdd = 1.0 / 30e9;
    private const double SecondsPerTestBatch = 2.0e-4;

    /// <summary>The base model alone, before anything has been measured here.</summary>
    public static TrainingCostModel Base { get; } = new(new Dictionary<string, double>(), new Dictionary<string, double>(), 1, 1, 0);

    /// <summary>Seconds of training epochs.</summary>
    public double TrainSeconds(TrainingWork work) =>
        Factor(TrainFactors, work.Family, TrainFactor) * BaseTrainSeconds(work);

    /// <summary>Seconds of testing.</summary>
    public double TestSeconds(TrainingWork work) =>
        Factor(TestFactors, work.Family, TestFactor) * BaseTestSeconds(work);

    public double Seconds(TrainingWork work) => TrainSeconds(work) + TestSeconds(work);

    /// <summary>
    /// Calibrates the base model on measured trainings (work, seconds of its epochs, seconds of its tests): per family
    /// where that family was measured, else over all measured families, else 1.
    /// </summary>
    public static TrainingCostModel Fit(IReadOnlyCollection<(TrainingWork Work, double TrainSeconds, double TestSeconds)> measured)
    {
        if (measured.Count == 0)
        {
            return Base;
        }

        var train = measured.Where(m => m.TrainSeconds > 0).Select(m => (m.Work.Family, Ratio: m.TrainSeconds / BaseTrainSeconds(m.Work))).ToList();
        var test = measured.Where(m => m.TestSeconds > 0 && m.Work.TestBatches > 0)
            .Select(m => (m.Work.Family, Ratio: m.TestSeconds / BaseTestSeconds(m.Work))).ToList();
        return new TrainingCostModel(
            train.GroupBy(r => r.Family).ToDictionary(g => g.Key, g => Median(g.Select(r => r.Ratio))),
            test.GroupBy(r => r.Family).ToDictionary(g => g.Key, g => Median(g.Select(r => r.Ratio))),
            train.Count == 0 ? 1 : Median(train.Select(r => r.Ratio)),
            test.Count == 0 ? 1 : Median(test.Select(r => r.Ratio)),
            measured.Count);
    }

    private static double BaseTrainSeconds(TrainingWork work) =>
        (work.Steps * (SecondsPerStep + (SecondsPerStepPerLayer * work.Layers))) + (work.TrainMultiplyAdds * SecondsPerMultiplyAdd);

    private static double BaseTestSeconds(TrainingWork work) =>
        (work.TestBatches * SecondsPerTestBatch * Math.Max(work.Layers, 1)) + (work.TestMultiplyAdds * SecondsPerMultiplyAdd);

    private static double Factor(IReadOnlyDictionary<string, double> factors, string family, double fallback) =>
        factors.TryGetValue(family, out var factor) ? factor : fallback;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
