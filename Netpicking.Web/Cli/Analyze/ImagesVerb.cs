using System.CommandLine;
using Netpicking.Core.Analysis;
using Netpicking.Web.Text;
using static Netpicking.Web.Cli.Analyze.AnalyzeTables;

namespace Netpicking.Web.Cli.Analyze;

/// <summary><c>analyze images</c>: easy, weird and confusing test images, counted and listed.</summary>
public sealed class ImagesVerb() : AnalyzeVerb<ImageVotesRequest, ImageVotesResult>(TestImageVotes.Definition)
{
    private readonly Option<int> limit = new("--limit") { Description = "Images listed per set in the table (JSON lists all).", DefaultValueFactory = _ => 20 };

    // The gold threshold does not change who votes; the option stays so that commands written for it still run.
    private readonly Option<string?> gold = new("--gold") { Description = "Not used: the voters are the good networks (--good).", Hidden = true };

    protected override IReadOnlyList<Option> TableOptions => [limit, gold];

    protected override string? Refusal(AnalyzeRun<ImageVotesRequest, ImageVotesResult> run) =>
        run.Parse.GetValue(limit) < 1 ? $"--limit must be at least 1 (got {run.Parse.GetValue(limit)})." : null;

    protected override void WriteTable(TextWriter output, AnalyzeRun<ImageVotesRequest, ImageVotesResult> run)
    {
        var (snapshot, request, votes, parse) = run;
        var listed = parse.GetValue(limit);
        output.WriteLine($"Voters: {Int(votes.VoterCount)} good networks (≥ {Format.Percent(request.Good)} at every tested epoch up to {snapshot.Scope.Epoch}) on {Int(snapshot.ImageCount)} test images.");
        if (votes.VoterCount == 0)
        {
            output.WriteLine("No network is good, so no image can be judged: try a lower --good.");
            return;
        }

        var strength = votes.Strength;
        output.WriteLine($"Accuracy of the voters: median {Format.Percent(strength.MedianAccuracy)}, lowest {Format.Percent(strength.MinAccuracy)}.");
        if (!strength.Strong)
        {
            output.WriteLine(
                $"The vote is too weak to mean a label problem: weird images point at a wrong label only with at least {VoteStrength.MinVoters} voters "
                + $"of median accuracy ≥ {Format.Percent(VoteStrength.MinMedianAccuracy, 0)}; here they are as likely the voters' shared mistakes.");
        }

        var counts = new TextTable(1, "set", "images", "share of the test set");
        foreach (var (set, images) in Sets(votes))
        {
            counts.Add(set, Int(images.Count), Format.Percent(snapshot.ImageCount == 0 ? double.NaN : (double)images.Count / snapshot.ImageCount));
        }

        counts.Write(output, "  ");
        foreach (var (set, images) in Sets(votes).Where(s => s.Images.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{char.ToUpperInvariant(set[0])}{set[1..]} images{(images.Count > listed ? $" (first {listed} of {Int(images.Count)})" : "")}:");
            var table = new TextTable(0, "image", "label", "true share", "top class", "top share", "right");
            foreach (var image in images.Take(listed))
            {
                var label = snapshot.Labels[image];
                var topClass = Enumerable.Range(0, PopulationSnapshot.ClassCount).MaxBy(c => votes.Votes[image * PopulationSnapshot.ClassCount + c]);
                table.Add(Int(image), Int(label), Format.Percent(votes.Share(image, label)), Int(topClass), Format.Percent(votes.Share(image, topClass)),
                    $"{votes.Votes[image * PopulationSnapshot.ClassCount + label]} / {votes.VoterCount}");
            }

            table.Write(output, "  ");
        }
    }

    private static IEnumerable<(string Set, IReadOnlyList<int> Images)> Sets(ImageVotesResult votes) =>
        [("easy", votes.Easy), ("weird", votes.Weird), ("confusing", votes.Confusing)];
}
