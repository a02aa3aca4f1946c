namespace Netpicking.Core.Analysis;

/// <summary>Prediction-set figures of every network, on one seeded calibration / evaluation split.</summary>
public sealed record PredictionSetsResult(
    RapsOptions Options,
    SetOutcomeWeights Weights,
    int CalibrationImages,
    int EvaluationImages,
    IReadOnlyList<PredictionSetStats> Networks)
{
    /// <summary>
    /// The same sets scored with other weights: the weighted score depends on the five counts only, so a page can
    /// change weights without recomputing the sets.
    /// </summary>
    public PredictionSetsResult Reweighted(SetOutcomeWeights weights) =>
        weights == Weights
            ? this
            : this with { Weights = weights, Networks = Networks.Select(s => s with { WeightedScore = weights.Score(s) }).ToArray() };
}
