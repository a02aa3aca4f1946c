namespace Netpicking.Core.Training;

public static class Predictions
{
    /// <summary>The predicted class of each row; ties go to the lowest class, as torch.argmax does.</summary>
    public static byte[] ArgMax(ReadOnlySpan<float> rows, int classes)
    {
        var result = new byte[rows.Length / classes];
        for (var i = 0; i < result.Length; i++)
        {
            var row = rows.Slice(i * classes, classes);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                if (row[c] > row[best])
                {
                    best = c;
                }
            }

            result[i] = (byte)best;
        }

        return result;
    }
}
