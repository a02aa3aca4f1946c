using System.Globalization;
using System.Text;
using TorchSharp;

namespace Netpicking.Core.Training;

/// <summary>
/// The final weights of every trained network, one file per training at
/// <c>&lt;root&gt;/&lt;zoo&gt;/&lt;dataset&gt;/&lt;run settings&gt;/&lt;network id&gt;.bin</c> (TorchSharp's
/// <c>Module.save</c> format: every parameter and buffer, float32), so a network can be rebuilt after training to explain
/// its answers. Written to a temporary file and renamed into place, so a reader never sees half a file.
/// <paramref name="enabled"/> false (setting <c>Netpicking:KeepWeights</c>) means training writes none; reading still works.
/// </summary>
public sealed class KeptWeights(string root, bool enabled = true)
{
    public const string Extension = ".bin";

    public string Root { get; } = Path.GetFullPath(root);

    public bool Enabled { get; } = enabled;

    public string PathFor(WeightsKey key) =>
        Path.Combine(Root, Segment(key.Zoo), Segment(key.Dataset), Segment(key.RunSettings),
            key.NetworkId.ToString(CultureInfo.InvariantCulture) + Extension);

    /// <summary>Where training should write the final weights of <paramref name="key"/>; null when keeping weights is off.</summary>
    public string? TargetFor(WeightsKey key) => Enabled ? PathFor(key) : null;

    public bool Exists(WeightsKey key) => File.Exists(PathFor(key));

    /// <summary>Saves the module's state to <paramref name="path"/> through a temporary file in the same folder and a rename.</summary>
    public static void Save(torch.nn.Module module, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            module.save(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Every kept file under the root and their total size (left-over temporary files are not counted).</summary>
    public KeptWeightsUsage Usage()
    {
        if (!Directory.Exists(Root))
        {
            return new KeptWeightsUsage(0, 0);
        }

        var files = 0;
        long bytes = 0;
        foreach (var file in new DirectoryInfo(Root).EnumerateFiles("*" + Extension, SearchOption.AllDirectories))
        {
            files++;
            bytes += file.Length;
        }

        return new KeptWeightsUsage(files, bytes);
    }

    /// <summary>
    /// A name as one path segment: letters, digits, '-', '_' and inner dots stay; anything else (separators, a leading
    /// dot, "..") becomes %XX of its UTF-8 bytes, so run settings named "a/b" or ".." cannot leave the folder.
    /// </summary>
    public static string Segment(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && i > 0))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < name.Length ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(name.Substring(i, length)))
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }
}
