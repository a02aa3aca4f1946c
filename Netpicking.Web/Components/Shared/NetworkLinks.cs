namespace Netpicking.Web.Components.Shared;

/// <summary>The address of a network's page outside an analysis scope: network ids are unique only within a zoo.</summary>
public static class NetworkLinks
{
    public static string For(string zoo, int networkId) => $"networks/{networkId}?zoo={Uri.EscapeDataString(zoo)}";
}
