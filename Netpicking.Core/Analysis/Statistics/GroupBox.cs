namespace Netpicking.Core.Analysis;

/// <summary>
/// The box of one family (<paramref name="Activation"/> null) or one family × activation cell.
/// <paramref name="Members"/> are snapshot network indices (the jittered points); <paramref name="GoldMembers"/>
/// the gold stars among them.
/// </summary>
public sealed record GroupBox(
    string Family,
    string? Activation,
    BoxStats Stats,
    IReadOnlyList<int> Members,
    IReadOnlyList<int> GoldMembers);
