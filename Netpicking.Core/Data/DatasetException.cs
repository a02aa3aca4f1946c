namespace Netpicking.Core.Data;

/// <summary>
/// A dataset file or folder is missing, truncated, corrupt or not what the registry expects.
/// The message names the file (or the places searched) and what is wrong, in plain words, so it can be
/// shown to the user as it is.
/// </summary>
public sealed class DatasetException : Exception
{
    public DatasetException(string message)
        : base(message)
    {
    }

    public DatasetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
