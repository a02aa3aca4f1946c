namespace Netpicking.Core.Analysis;

/// <summary>Prediction-set figures of every network, on one seeded calibration / evaluation split.</summary>
public sealed record PredictionSetsResult(
    RapsOptions Options,
    SetOutcomeWeights Weights,
    int CalibrationImages,
    int EvaluationImages,
    IReadOnlyList<PredictionSetStats> Networks);
