using System.Globalization;
using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze epochs</c>: medians per family and tested epoch, and the networks that moved most.</summary>
public sealed class EpochsVerb() : AnalyzeVerb<EpochOverEpochRequest, EpochOverEpochResult>(EpochOverEpoch.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<EpochOverEpochRequest, EpochOverEpochResult> run)
    {
        var (snapshot, _, moves, _) = run;
        output.WriteLine($"Median {snapshot.Scope.Score} per family (networks) at each tested epoch:");
        var table = new TextTable(1, ["family", .. snapshot.TestedEpochs.Select(e => $"epoch {e}")]);
        foreach (var family in moves.Boxes.GroupBy(b => b.Family))
        {
            table.Add([family.Key, .. family.Select(b => b.Stats.Count == 0 ? "–" : $"{Format.Percent(b.Stats.Median)} ({Int(b.Stats.Count)})")]);
        }

        table.Write(output, "  ");
        WriteMoves(output, "Late bloomers (largest rises)", moves.Risers);
        WriteMoves(output, "Collapses (largest falls)", moves.Fallers);
    }

    private static void WriteMoves(TextWriter output, string title, IReadOnlyList<ScoreMove> moves)
    {
        output.WriteLine();
        output.WriteLine($"{title}:");
        if (moves.Count == 0)
        {
            output.WriteLine("  none");
            return;
        }

        var table = new TextTable(2, "id", "network", "epochs", "from", "to", "change");
        foreach (var m in moves)
        {
            table.Add(Int(m.NetworkId), m.Name, $"{m.FromEpoch} → {m.ToEpoch}", Format.Percent(m.From), Format.Percent(m.To),
                (m.Change > 0 ? "+" : "") + (m.Change * 100).ToString("F2", CultureInfo.InvariantCulture) + " pt");
        }

        table.Write(output, "  ");
    }
}
