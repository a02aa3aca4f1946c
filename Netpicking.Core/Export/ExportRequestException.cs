namespace Netpicking.Core.Export;

/// <summary>
/// An export asked for something that is not there (unknown dataset or run settings, an untested epoch, a score
/// without ranks). An <see cref="ArgumentException"/> so the command line reports it in plain words; the HTTP
/// endpoints answer 400 with the message.
/// </summary>
public sealed class ExportRequestException(string message) : ArgumentException(message);
