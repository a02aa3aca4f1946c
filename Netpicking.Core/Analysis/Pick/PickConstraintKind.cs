namespace Netpicking.Core.Analysis;

/// <summary>The kinds of constraint a pick can state: four cost limits and a per-class recall floor.</summary>
public enum PickConstraintKind
{
    MaxParams,
    MaxMemory,
    MaxOps,
    MaxTrainingTime,

    /// <summary>At least as good as a reference network on one class's recall.</summary>
    RecallAtLeast,
}
