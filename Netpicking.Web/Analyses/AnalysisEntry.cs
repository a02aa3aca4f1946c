using Netpicking.Core.Analysis;
using Netpicking.Web.Cli.Analyze;

namespace Netpicking.Web.Analyses;

/// <summary>
/// One analysis as the whole app knows it: its <c>analyze</c> verb (which carries the Core's definition: key, request
/// keys, computation, benchmark steps), the page that shows it, and its section of /definitions.
/// </summary>
public sealed record AnalysisEntry(AnalyzeVerb Verb, AnalysisPage Page, string Anchor, string DefinitionTitle)
{
    public IAnalysisDefinition Analysis => Verb.Analysis;
}
