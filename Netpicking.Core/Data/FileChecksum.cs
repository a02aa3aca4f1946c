using System.Security.Cryptography;

namespace Netpicking.Core.Data;

/// <summary>
/// MD5 of dataset files. MD5 is what the dataset authors and torchvision publish; it guards against
/// truncated or swapped files, not against tampering.
/// </summary>
public static class FileChecksum
{
    public static string Md5Hex(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(MD5.HashData(stream));
    }
}
