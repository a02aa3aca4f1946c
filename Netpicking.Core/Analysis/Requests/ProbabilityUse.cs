namespace Netpicking.Core.Analysis;

/// <summary>How much of a snapshot's probabilities an analysis reads: none, a few networks', or every network's.</summary>
public enum ProbabilityUse
{
    None,
    Some,
    All,
}
