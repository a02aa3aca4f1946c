using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Analysis;

/// <summary>What an analysis page draws from: the loaded snapshot and the resolved scope (as it stands in the URL).</summary>
public sealed record AnalysisContext(PopulationSnapshot Snapshot, AnalysisQuery Scope)
{
    /// <summary>The network page of the snapshot's network at <paramref name="index"/>.</summary>
    public string NetworkLink(int index) => $"networks/{Snapshot.Networks[index].Id}{Scope.ToQueryString()}";
}
