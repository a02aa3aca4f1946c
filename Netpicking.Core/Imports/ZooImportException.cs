namespace Netpicking.Core.Imports;

/// <summary>An uploaded zoo that is refused; the message says what is wrong and, for a bad line, where.</summary>
public sealed class ZooImportException(string message, Exception? innerException = null) : Exception(message, innerException);
