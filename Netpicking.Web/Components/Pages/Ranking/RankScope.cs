namespace Netpicking.Web.Components.Pages.Ranking;

/// <summary>The four scopes a network is ranked in (docs/metrics.md#ranks).</summary>
public enum RankScope
{
    /// <summary>Among every network at every tested epoch of the run.</summary>
    Global,

    /// <summary>Among the networks of its family (group), every tested epoch.</summary>
    Group,

    /// <summary>Among the networks of its form, every tested epoch.</summary>
    Form,

    /// <summary>Among the networks at the scope's epoch.</summary>
    Snapshot,
}
