using Netpicking.Core.Analysis;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>
/// The <c>analyze --json</c> document: the scope, the snapshot's networks (analyses refer to them by their index in
/// <paramref name="Networks"/>), and the analysis's own result record.
/// </summary>
public sealed record AnalysisDocument(string Analysis, AnalysisScope Scope, IReadOnlyList<PopulationNetwork> Networks, object? Result);
