namespace Netpicking.Core.Analysis;

/// <summary>What the pick function maximises (issue 7): a test score or the prediction-set weighted score.</summary>
public enum PickObjectiveKind
{
    Accuracy,
    BalancedAccuracy,
    ClassRecall,
    SetScore,
}
