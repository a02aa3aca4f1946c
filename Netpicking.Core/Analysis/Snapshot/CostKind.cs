namespace Netpicking.Core.Analysis;

/// <summary>The costs of a network; lower is better for every one of them.</summary>
public enum CostKind
{
    /// <summary>Cumulative measured training time (seconds) up to the epoch in question.</summary>
    TrainingTime,
    Params,
    Memory,
    Ops,
}
