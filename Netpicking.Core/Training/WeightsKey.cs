namespace Netpicking.Core.Training;

/// <summary>Which training a kept weights file belongs to: a network of a zoo, trained on a dataset with named run settings.</summary>
public sealed record WeightsKey(string Zoo, string Dataset, string RunSettings, int NetworkId);
