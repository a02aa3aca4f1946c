namespace Netpicking.Core.Campaigns;

/// <summary>
/// What to train: a zoo (all of it, or <see cref="NetworkIds"/>) under named run settings on a dataset.
/// </summary>
public sealed record LaunchRequest(
    string Zoo,
    string RunSettings,
    string Dataset,
    IReadOnlyCollection<int>? NetworkIds = null,
    string? Label = null);
