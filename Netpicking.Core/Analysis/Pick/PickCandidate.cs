namespace Netpicking.Core.Analysis;

/// <summary>A network as the pick reports it: snapshot index, identity, objective value and its four costs.</summary>
public sealed record PickCandidate(
    int Index,
    int Id,
    string Name,
    string Group,
    string Form,
    double Objective,
    long Params,
    long MemoryElements,
    long Ops,
    double TrainingSeconds)
{
    public static PickCandidate Of(PopulationSnapshot snapshot, int index, double objective)
    {
        var n = snapshot.Networks[index];
        return new PickCandidate(index, n.Id, n.Name, n.Group, n.Form, objective, n.Params, n.MemoryElements, n.Ops,
            snapshot.Cost(index, CostKind.TrainingTime));
    }

    public long MemoryBytes => MemoryElements * PickConstraint.BytesPerElement;

    public double Cost(CostKind kind) => kind switch
    {
        CostKind.Params => Params,
        CostKind.Memory => MemoryElements,
        CostKind.Ops => Ops,
        _ => TrainingSeconds,
    };
}
