using Netpicking.Core.Zoo;

namespace Netpicking.Tests.Zoo;

/// <summary>The shipped mnistk-1001 file, as bytes and as parsed specs, loaded once for all zoo tests.</summary>
internal static class ReferenceZoo
{
    private static readonly Lazy<byte[]> LazyBytes = new(() =>
    {
        using var stream = ZooCatalog.Default.OpenJsonl(ZooCatalog.Mnistk1001);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static byte[] Bytes => LazyBytes.Value;

    public static ZooDefinition Zoo => ZooCatalog.Default.Get(ZooCatalog.Mnistk1001);
}
