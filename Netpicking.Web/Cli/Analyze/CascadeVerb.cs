using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze cascade</c>: a cheap network deferring to an expensive one, per threshold.</summary>
public sealed class CascadeVerb() : AnalyzeVerb<CascadeRequest, CascadeResult?>(Cascade.Definition)
{
    protected override string? Refusal(AnalyzeRun<CascadeRequest, CascadeResult?> run) =>
        run.Result is null || run.Result.Cheap == run.Result.Expensive
            ? "A cascade needs two different networks: give them with --cheap and --expensive."
            : null;

    protected override void WriteTable(TextWriter output, AnalyzeRun<CascadeRequest, CascadeResult?> run)
    {
        var (snapshot, request, cascade, _) = run;
        var cost = request.Cost;
        string Side(string title, int index) =>
            $"{title}: {NetworkText(snapshot, index)} ({CostText.Cell(cost, snapshot.Cost(index, cost))} {CostKeys.Key(cost)}, {Format.Percent(snapshot.Networks[index].At(snapshot.Scope.Epoch)!.Accuracy)})";

        output.WriteLine(Side("Cheap", cascade!.Cheap));
        output.WriteLine(Side("Expensive", cascade.Expensive));
        var table = new TextTable(0, "threshold", "deferred", "accuracy", $"average {CostKeys.Key(cost)}");
        foreach (var p in cascade.Points)
        {
            table.Add(Format.Number(p.Threshold, 2), Format.Percent(p.DeferralRate), Format.Percent(p.Accuracy), CostText.Cell(cost, p.AverageCost));
        }

        table.Write(output, "  ");
        output.WriteLine("Every row is measured on the whole test set: a threshold chosen from this table is chosen on the images it is scored on.");
        if (cascade.HeldOut is { } held)
        {
            output.WriteLine(
                $"Chosen on one seeded half ({Int(held.SelectionImages)} images): threshold {Format.Number(held.OnSelection.Threshold, 2)}, accuracy {Format.Percent(held.OnSelection.Accuracy)} "
                + $"(expensive alone {Format.Percent(held.ExpensiveOnSelection)}); on the other {Int(held.HeldOutImages)}: {Format.Percent(held.OnHeldOut.Accuracy)} "
                + $"(expensive alone {Format.Percent(held.ExpensiveOnHeldOut)}), {Format.Percent(held.OnHeldOut.DeferralRate)} deferred.");
        }
    }
}
