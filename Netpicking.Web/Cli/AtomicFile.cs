using System.Text;

namespace Netpicking.Web.Cli;

/// <summary>Writes a file through a temporary sibling and a rename, so a failure never leaves half a file.</summary>
public static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
