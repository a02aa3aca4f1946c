namespace Netpicking.Core.Analysis;

/// <summary>
/// The Compare page's "where do they differ, and who was right": one pass over the members' answers, then McNemar's test
/// of every pair (docs/metrics.md#uncertainty).
/// </summary>
public static class Disagreements
{
    public static DisagreementResult Compute(PopulationSnapshot snapshot, IReadOnlyList<int> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var images = new List<int>();
        var right = new int[members.Count];
        var only = new int[members.Count];
        int agreeRight = 0, agreeWrong = 0;
        if (members.Count == 0)
        {
            return new DisagreementResult(members, images, right, only, 0, 0);
        }

        var labels = snapshot.Labels;
        for (var image = 0; image < snapshot.ImageCount; image++)
        {
            var first = snapshot.Predictions(members[0])[image];
            var same = true;
            var rightCount = 0;
            var lastRight = -1;
            for (var m = 0; m < members.Count; m++)
            {
                var answer = snapshot.Predictions(members[m])[image];
                same &= answer == first;
                if (answer == labels[image])
                {
                    rightCount++;
                    lastRight = m;
                }
            }

            if (same)
            {
                if (first == labels[image])
                {
                    agreeRight++;
                }
                else
                {
                    agreeWrong++;
                }

                continue;
            }

            images.Add(image);
            for (var m = 0; m < members.Count; m++)
            {
                right[m] += snapshot.Predictions(members[m])[image] == labels[image] ? 1 : 0;
            }

            if (rightCount == 1)
            {
                only[lastRight]++;
            }
        }

        var pairs = new List<MemberPairTest>();
        for (var first = 0; first < members.Count; first++)
        {
            for (var second = first + 1; second < members.Count; second++)
            {
                pairs.Add(new MemberPairTest(first, second, McNemar.Of(snapshot, members[first], members[second])));
            }
        }

        return new DisagreementResult(members, images, right, only, agreeRight, agreeWrong) { Pairs = pairs };
    }
}
