using Netpicking.Core.Analysis;

namespace Netpicking.Tests.Analysis;

public sealed class AgreementTests
{
    [Fact]
    public void CountsImagesWithTheSameAnswer()
    {
        var snapshot = AnalysisFixture.Snapshot();

        // 0 and 2 differ only on image 7 (1 vs 2); 0 and 1 differ on images 1, 7, 9 and 11.
        Assert.Equal(11.0 / 12, Agreement.Between(snapshot, 0, 2), 12);
        Assert.Equal(8.0 / 12, Agreement.Between(snapshot, 0, 1), 12);
    }

    [Fact]
    public void FamilyMatrixAveragesOverPairs()
    {
        var matrix = Agreement.FamilyMatrix(AnalysisFixture.Snapshot());

        Assert.Equal(["Basic", "Linear", "Conv2d"], matrix.Families);
        Assert.Equal([1, 2, 3], matrix.NetworkCounts);
        // Basic × Basic: one network, no pair.
        Assert.True(double.IsNaN(matrix.Values[0][0]));
        // Basic × Linear: (agree(0,1) 8 + agree(0,2) 11) / 24 images.
        Assert.Equal(19.0 / 24, matrix.Values[0][1], 12);
        Assert.Equal(matrix.Values[0][1], matrix.Values[1][0]);
        // Linear × Linear: 1 and 2 differ on images 1, 7, 9, 11 → 8/12.
        Assert.Equal(8.0 / 12, matrix.Values[1][1], 12);
        // Conv2d: (3,4) differ on 6, 7, 9 → 9; (3,5) on 5, 7, 9, 11 → 8; (4,5) on 5, 6, 11 → 9. 26 / 36.
        Assert.Equal(26.0 / 36, matrix.Values[2][2], 12);
    }

    [Fact]
    public void IdenticalNetworksAgreeFully()
    {
        var matrix = Agreement.FamilyMatrix(EdgeSnapshots.AllTied());

        Assert.Equal(1.0, Assert.Single(Assert.Single(matrix.Values)));
        Assert.Empty(Agreement.FamilyMatrix(EdgeSnapshots.Empty()).Families);
    }
}
