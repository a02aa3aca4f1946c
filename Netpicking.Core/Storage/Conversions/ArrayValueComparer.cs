using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Netpicking.Core.Storage.Conversions;

/// <summary>
/// Compares converted arrays by content; without it EF compares references and would miss in-place
/// edits of a tracked entity's array.
/// </summary>
public sealed class ArrayValueComparer<T>() : ValueComparer<T[]>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
    v => v.ToArray())
    where T : struct;
