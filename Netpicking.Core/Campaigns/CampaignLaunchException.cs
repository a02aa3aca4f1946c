namespace Netpicking.Core.Campaigns;

/// <summary>A campaign could not be launched; the message says why in plain words. Nothing was enqueued.</summary>
public sealed class CampaignLaunchException(string message, Exception? inner = null) : Exception(message, inner);
