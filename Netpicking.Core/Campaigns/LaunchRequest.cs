namespace Netpicking.Core.Campaigns;

/// <summary>
/// What to train: a zoo (all of it, or <see cref="NetworkIds"/>) under named run settings on a dataset.
/// <see cref="NewRunSettings"/> defines those run settings, stored only once everything else has been checked.
/// </summary>
public sealed record LaunchRequest(
    string Zoo,
    string RunSettings,
    string Dataset,
    IReadOnlyCollection<int>? NetworkIds = null,
    string? Label = null,
    Training.RunSettings? NewRunSettings = null);
