namespace Netpicking.Core.Zoo;

/// <summary>One line of a JSONL zoo that cannot be read: its 1-based number and what is wrong, in plain words.</summary>
public sealed record ZooLineError(int LineNumber, string Detail)
{
    public override string ToString() => $"line {LineNumber}: {Detail}";
}
