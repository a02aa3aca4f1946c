using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze prediction-sets</c>: RAPS sets per network, best weighted score first.</summary>
public sealed class PredictionSetsVerb() : AnalyzeVerb<PredictionSetsRequest, PredictionSetsResult>(PredictionSets.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<PredictionSetsRequest, PredictionSetsResult> run)
    {
        var (_, request, sets, _) = run;
        var options = request.Options;
        output.WriteLine($"RAPS α {Format.Number(options.Alpha, 3)}, k_reg {options.KReg}, λ {Format.Number(options.Lambda, 4)}, {(options.Randomized ? "randomised" : "not randomised")}; " +
                         $"calibrated on {Int(sets.CalibrationImages)} images, evaluated on {Int(sets.EvaluationImages)}.");
        var table = new TextTable(3, "id", "network", "family", "mean size", "coverage", "accuracy", "right sure", "right unsure", "wrong sure", "truth out", "truth in", "weighted");
        foreach (var s in sets.Networks.OrderByDescending(s => s.WeightedScore).ThenBy(s => s.NetworkId))
        {
            table.Add(Int(s.NetworkId), s.Name, s.Group, Format.Number(s.MeanSetSize, 3), Format.Percent(s.Coverage), Format.Percent(s.Accuracy),
                Int(s.CorrectSure), Int(s.CorrectUnsure), Int(s.WrongSure), Int(s.WrongTruthOutside), Int(s.WrongTruthInside), Format.Number(s.WeightedScore, 4));
        }

        table.Write(output, "  ");
    }
}
