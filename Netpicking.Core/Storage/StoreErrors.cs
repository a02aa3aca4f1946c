namespace Netpicking.Core.Storage;

/// <summary>The argument errors the parts of <see cref="ResultsStore"/> share, worded the same by each.</summary>
internal static class StoreErrors
{
    public static ArgumentException UnknownTraining(int trainingId) =>
        new($"There is no training with id {trainingId}.", nameof(trainingId));

    public static void RequireText(string? value, string message, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(message, parameterName);
        }
    }
}
