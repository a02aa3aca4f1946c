namespace Netpicking.Core.Storage;

/// <summary>An epoch as stored, without its predictions (load those with <see cref="EpochStore.GetPredictionsAsync"/>).</summary>
public sealed record StoredEpoch(int Epoch, double TrainLoss, double EpochSeconds, double? EpochCpuSeconds, double? TestSeconds, TestScores? Test)
{
    public bool Tested => Test is not null;
}
