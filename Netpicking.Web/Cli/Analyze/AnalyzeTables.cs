using Netpicking.Core.Analysis;
using Netpicking.Web.Text;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>Cells and tables more than one <c>analyze</c> verb prints.</summary>
public static class AnalyzeTables
{
    public static string Int(long value) => Format.Count(value);

    public static string NetworkText(PopulationSnapshot snapshot, int index) => $"{snapshot.Networks[index].Name} (#{snapshot.Networks[index].Id})";

    public static string RankText(Rank? rank) => rank is null ? "–" : $"{Int(rank.Position)} / {Int(rank.OutOf)}";

    public static string[] Quartiles(BoxStats stats, Func<double, string> text) =>
        [text(stats.Min), text(stats.Q1), text(stats.Median), text(stats.Q3), text(stats.Max)];

    /// <summary>The score's box statistics per family (and activation), with how many are good and gold.</summary>
    public static TextTable ScoreBoxes(IReadOnlyList<GroupBox> boxes, GoodGoldResult goodGold, bool withActivation)
    {
        string[] names = withActivation ? ["family", "activation"] : ["family"];
        var table = new TextTable(names.Length, [.. names, "networks", "good", "gold", "min", "q1", "median", "q3", "max"]);
        foreach (var box in boxes)
        {
            string[] keys = withActivation ? [box.Family, box.Activation ?? ""] : [box.Family];
            table.Add([.. keys, Int(box.Stats.Count), Int(box.Members.Count(i => goodGold.Good[i])), Int(box.GoldMembers.Count),
                .. Quartiles(box.Stats, v => Format.Percent(v))]);
        }

        return table;
    }

    /// <summary>An ensemble growing member by member.</summary>
    public static TextTable EnsembleSteps(PopulationSnapshot snapshot, IReadOnlyList<EnsembleStep> steps, CostKind cost)
    {
        var table = new TextTable(0, "size", "added", "accuracy", $"total {CostKeys.Key(cost)}");
        foreach (var step in steps)
        {
            table.Add(Int(step.Size), NetworkText(snapshot, step.Added), Format.Percent(step.Accuracy), CostText.Cell(cost, step.TotalCost));
        }

        return table;
    }
}
