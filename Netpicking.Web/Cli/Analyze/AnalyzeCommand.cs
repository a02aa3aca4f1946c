using System.CommandLine;
using Netpicking.Web.Analyses;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>
/// <c>analyze &lt;analysis&gt;</c>: any analysis of docs/analyses.md on one snapshot scope, as aligned tables or (with
/// <c>--json</c>) as the Core's result records, so what the dashboard shows can be scripted. There is a verb for every
/// analysis of <see cref="AnalysisRegistry"/>, and each reads its options with the Core's reader of the page's URL.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Build()
    {
        var analyses = AnalysisRegistry.Analyses.Select(a => a.Verb.Build()).ToArray();
        var name = new Argument<string?>("analysis") { Arity = ArgumentArity.ZeroOrOne, Description = "The analysis to print." };
        var command = new Command("analyze", "Print a population analysis of one dataset / run settings / epoch (the dashboard's numbers).")
        {
            name,
        };

        // Unknown names (and their options) reach the action below, which lists the analyses, instead of a parse error.
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var analysis in analyses)
        {
            command.Subcommands.Add(analysis);
        }

        command.SetAction(int (result) =>
        {
            var known = string.Join(", ", analyses.Select(a => a.Name));
            // An option where the analysis should be (analyze --epoch 2) means the analysis was left out.
            throw new CommandLineException(result.GetValue(name) is { } given && !given.StartsWith('-')
                ? $"Unknown analysis '{given}'. Known analyses: {known}."
                : $"Say which analysis: {known}. 'analyze --help' describes them.");
        });
        return command;
    }
}
