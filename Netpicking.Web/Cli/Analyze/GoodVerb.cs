using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze good</c>: good networks, gold stars and the score's boxes.</summary>
public sealed class GoodVerb() : AnalyzeVerb<GoodGoldRequest, ScoresResult>(GoodAndGold.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<GoodGoldRequest, ScoresResult> run)
    {
        var (snapshot, request, (goodGold, boxes), _) = run;
        output.WriteLine($"Good (≥ {Format.Percent(request.Good)} at every tested epoch up to {snapshot.Scope.Epoch}): {Int(goodGold.GoodCount)} of {Int(snapshot.NetworkCount)}");
        output.WriteLine($"Gold stars (good and > {Format.Percent(request.Gold)} at epoch {snapshot.Scope.Epoch}): {Int(goodGold.GoldCount)}");
        foreach (var i in goodGold.GoldIndices)
        {
            output.WriteLine($"  ★ {snapshot.Networks[i].Name} (#{snapshot.Networks[i].Id}) {Format.Percent(snapshot.Score(i))}");
        }

        output.WriteLine();
        output.WriteLine($"{snapshot.Scope.Score} per family:");
        ScoreBoxes(boxes.ByFamily, goodGold, withActivation: false).Write(output, "  ");
        output.WriteLine();
        output.WriteLine($"{snapshot.Scope.Score} per family × activation:");
        ScoreBoxes(boxes.ByFamilyAndActivation, goodGold, withActivation: true).Write(output, "  ");
    }
}
