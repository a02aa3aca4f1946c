namespace Netpicking.Core.Analysis;

/// <summary>
/// A cascade at one confidence <paramref name="Threshold"/>: the fraction of images deferred, the accuracy of the
/// combined answers, and the average cost per image (the cheap network always runs; the expensive one only
/// on deferred images).
/// </summary>
public sealed record CascadePoint(double Threshold, double DeferralRate, double Accuracy, double AverageCost);
