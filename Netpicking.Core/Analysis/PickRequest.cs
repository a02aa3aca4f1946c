namespace Netpicking.Core.Analysis;

/// <summary>Constraints (all must hold) and the objective of a pick; <paramref name="RunnersUp"/> is how many to list after the answer.</summary>
public sealed record PickRequest(IReadOnlyList<PickConstraint> Constraints, PickObjective Objective, int RunnersUp = PickRequest.DefaultRunnersUp)
{
    public const int DefaultRunnersUp = 5;
}
