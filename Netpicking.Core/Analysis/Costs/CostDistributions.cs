namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 3: per family, box plots of training time (cumulative to the scope's epoch), params, memory and
/// ops, gold stars flagged; and the family × activation count table.
/// </summary>
public static class CostDistributions
{
    public static CostDistributionsResult Compute(PopulationSnapshot snapshot, GoodGoldResult goodGold)
    {
        var costs = Enum.GetValues<CostKind>()
            .Select(kind => new CostBoxes(
                kind,
                LogAxis: kind != CostKind.Ops,
                GroupBoxes.By(snapshot, goodGold, withActivation: false, i => snapshot.Cost(i, kind))))
            .ToArray();
        return new CostDistributionsResult(costs, CountTable(snapshot, goodGold));
    }

    public static FamilyActivationTable CountTable(PopulationSnapshot snapshot, GoodGoldResult goodGold)
    {
        var families = DisplayOrder.Families(snapshot.Networks.Select(n => n.Group));
        var activations = DisplayOrder.Activations(snapshot.Networks.Select(n => n.Activation));
        var counts = Grid(families.Count, activations.Count);
        var good = Grid(families.Count, activations.Count);
        var gold = Grid(families.Count, activations.Count);
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            var row = IndexOf(families, snapshot.Networks[i].Group);
            var column = IndexOf(activations, snapshot.Networks[i].Activation);
            counts[row][column]++;
            if (goodGold.Good[i])
            {
                good[row][column]++;
            }

            if (goodGold.Gold[i])
            {
                gold[row][column]++;
            }
        }

        return new FamilyActivationTable(families, activations, counts, good, gold);
    }

    private static int[][] Grid(int rows, int columns) => Enumerable.Range(0, rows).Select(_ => new int[columns]).ToArray();

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{name}' is not in the table.");
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<GoodGoldRequest, CostDistributionsResult> Definition { get; } = new(
        3, "costs", "Training time, params, memory and ops per family; the family × activation count table.", GoodGoldRequest.Keys,
        GoodGoldRequest.Read, (snapshot, request, _) => Compute(snapshot, request.Classify(snapshot)),
        Benchmark: snapshot =>
        [
            new("3 cost distributions", () => Compute(snapshot, GoodAndGold.Classify(snapshot))),
            new("3 family × activation", () => CountTable(snapshot, GoodAndGold.Classify(snapshot))),
        ]);
}
