namespace Netpicking.Core.Storage.Entities;

/// <summary>
/// The scores of one epoch of one training. Test columns are null on epochs that were not tested.
/// The predictions of a tested epoch live in <see cref="EpochPredictionsEntity"/>, on purpose not
/// reachable from here, so loading epoch results never reads the 210 kB of prediction blobs.
/// </summary>
public sealed class EpochResultEntity
{
    public int TrainingId { get; set; }

    public int Epoch { get; set; }

    /// <summary>Null when the loss was NaN (a diverged network): SQLite cannot store NaN.</summary>
    public double? TrainLoss { get; set; }

    /// <summary>Measured wall-clock training time of this epoch alone (cumulative time is a sum).</summary>
    public double EpochSeconds { get; set; }

    /// <summary>
    /// CPU time of the thread that trained this epoch: its cost whatever else shared the machine. Null for epochs stored
    /// before it was recorded, and with several torch threads or on a GPU.
    /// </summary>
    public double? EpochCpuSeconds { get; set; }

    /// <summary>Wall-clock time of testing this epoch on the 10,000 test images; null on untested epochs.</summary>
    public double? TestSeconds { get; set; }

    public bool Tested { get; set; }

    public double? TestLoss { get; set; }

    public double? Accuracy { get; set; }

    public double? BalancedAccuracy { get; set; }

    public double? AucMean { get; set; }

    public float[]? ClassRecall { get; set; }

    public float[]? ClassAuc { get; set; }

    /// <summary>Row-major 10×10 counts: index <c>true * 10 + predicted</c>.</summary>
    public int[]? ConfusionMatrix { get; set; }
}
