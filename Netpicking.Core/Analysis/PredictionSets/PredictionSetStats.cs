namespace Netpicking.Core.Analysis;

/// <summary>
/// One network's prediction sets on the evaluation half. The five counts split the <paramref name="Evaluated"/>
/// images: correct &amp; sure (set of one, right), correct &amp; unsure (right, set larger than one), wrong &amp; sure
/// (set of one, wrong), wrong with the truth outside a larger set, wrong with the truth inside it.
/// <paramref name="WeightedScore"/> is the weights applied to the five fractions (1 at best).
/// </summary>
public sealed record PredictionSetStats(
    int NetworkIndex,
    int NetworkId,
    string Name,
    string Group,
    double Threshold,
    int Evaluated,
    double MeanSetSize,
    double Coverage,
    double Accuracy,
    int CorrectSure,
    int CorrectUnsure,
    int WrongSure,
    int WrongTruthOutside,
    int WrongTruthInside,
    double WeightedScore);
