using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze agreement</c>: the family matrix, the pair, and pairs of chosen networks.</summary>
public sealed class AgreementVerb() : AnalyzeVerb<AgreementRequest, AgreementResult>(Agreement.Definition)
{
    protected override void WriteTable(TextWriter output, AnalyzeRun<AgreementRequest, AgreementResult> run)
    {
        var (snapshot, request, (matrix, pair, between), _) = run;
        if (between is not null)
        {
            var members = between.Networks;
            var pairs = new TextTable(1, ["network", .. members.Select(i => $"#{snapshot.Networks[i].Id}")]);
            for (var row = 0; row < members.Count; row++)
            {
                pairs.Add([NetworkText(snapshot, members[row]), .. between.Values[row].Select(v => Format.Percent(v))]);
            }

            pairs.Write(output, "  ");
            return;
        }

        output.WriteLine($"Mean agreement between two different networks of the row and column families{(request.GoodOnly ? ", good networks only" : "")}:");
        var table = new TextTable(1, ["family", "networks", .. matrix.Families]);
        for (var row = 0; row < matrix.Families.Count; row++)
        {
            table.Add([matrix.Families[row], Int(matrix.NetworkCounts[row]), .. matrix.Values[row].Select(v => Format.Percent(v))]);
        }

        table.Write(output, "  ");
        if (pair is not null)
        {
            output.WriteLine();
            output.WriteLine($"{NetworkText(snapshot, pair.First)} and {NetworkText(snapshot, pair.Second)} on {Int(pair.Images)} images: " +
                             $"both right {Int(pair.BothRight)}, only the first {Int(pair.OnlyFirstRight)}, only the second {Int(pair.OnlySecondRight)}, " +
                             $"both wrong alike {Int(pair.BothWrongSame)}, both wrong differently {Int(pair.BothWrongDifferent)}.");
        }
    }
}
