namespace Netpicking.Web.Cli;

/// <summary>
/// Writes progress lines as they are reported. <see cref="Progress{T}"/> would post them to the thread pool, where they
/// can arrive out of order or after the command has printed its result.
/// </summary>
internal sealed class WriterProgress(TextWriter writer) : IProgress<string>
{
    public void Report(string value) => writer.WriteLine(value);
}
