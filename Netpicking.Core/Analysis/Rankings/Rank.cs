namespace Netpicking.Core.Analysis;

/// <summary>A position among <paramref name="OutOf"/> rows that have a value (1 is best).</summary>
public sealed record Rank(int Position, int OutOf)
{
    public override string ToString() => $"{Position} / {OutOf}";
}
