namespace Netpicking.Core.Storage;

/// <summary>
/// A network as the store keeps it: <paramref name="Id"/> is its id inside the zoo, <paramref name="SpecLine"/>
/// its JSONL line, and the rest its static metrics, all computed by the caller.
/// </summary>
public sealed record NetworkRow(
    int Id,
    string Name,
    string Group,
    string Form,
    string Activation,
    string SpecLine,
    long Params,
    long MemoryElements,
    int Ops,
    int Layers,
    int Depth);
