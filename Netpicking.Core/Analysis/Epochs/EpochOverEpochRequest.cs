namespace Netpicking.Core.Analysis;

/// <summary>How many risers and fallers the epoch-over-epoch analysis (4) lists.</summary>
public sealed record EpochOverEpochRequest(int Movers = EpochOverEpoch.DefaultMovers)
{
    public const string MoversName = "movers";

    public static RequestKey MoversKey { get; } = new(MoversName, "How many risers and fallers to list (default 10).", "top");

    public static IReadOnlyList<RequestKey> Keys { get; } = [MoversKey];

    public static EpochOverEpochRequest Read(RequestValues values) => new(values.Whole(MoversKey, EpochOverEpoch.DefaultMovers, min: 1));

    public IEnumerable<KeyValuePair<string, string?>> Parameters =>
        MoversKey.Write(Movers == EpochOverEpoch.DefaultMovers ? null : RequestValues.Number(Movers));

    public EpochOverEpochResult Compute(PopulationSnapshot snapshot) => EpochOverEpoch.Compute(snapshot, Movers);
}
