namespace Netpicking.Core.Storage;

/// <summary>The results database cannot be used as configured (read-only, unreachable); the message says what to do.</summary>
public sealed class ResultsDatabaseException(string message, Exception? innerException = null)
    : Exception(message, innerException);
