namespace Netpicking.Core.Zoo;

/// <summary>A network spec that cannot be built: the message names the layer (index and op) and the shapes.</summary>
public sealed class ZooSpecException : Exception
{
    public ZooSpecException(string message, int? layerIndex = null)
        : base(message)
    {
        LayerIndex = layerIndex;
    }

    /// <summary>Index into the network's layers (0 is the first view), or null when the network as a whole is wrong.</summary>
    public int? LayerIndex { get; }
}
