using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Netpicking.Core.Analysis;
using Netpicking.Core.Data;
using Netpicking.Core.Storage;
using Netpicking.Web.Components.Shared;

namespace Netpicking.Web.Cli;

/// <summary>
/// <c>analyze &lt;analysis&gt;</c>: any population analysis of docs/analyses.md on one snapshot scope, as aligned
/// tables or (with <c>--json</c>) as the Core's result records, so what the dashboard shows can be scripted. Every
/// number comes from the same <c>Netpicking.Core.Analysis</c> functions the pages call; this file only parses and prints.
/// </summary>
public static class AnalyzeCommands
{
    // Shared by every analysis subcommand, like CommandLineHost's options: one instance, one meaning.
    private static readonly Option<string> Dataset = new("--dataset") { Description = "mnist or fashion-mnist.", DefaultValueFactory = _ => "mnist" };
    private static readonly Option<string> Settings = new("--settings") { Description = "Run settings: t1, t2, t3, quick or your own.", DefaultValueFactory = _ => "quick" };
    private static readonly Option<int?> Epoch = new("--epoch") { Description = "A tested epoch (default: the last tested epoch with results)." };
    private static readonly Option<string> Score = new("--score") { Description = $"The score: {ScoreSelector.Syntax}.", DefaultValueFactory = _ => "accuracy" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the analysis records as JSON instead of tables." };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // NaN (no value, e.g. an AUC that could not be computed) and ∞ (a RAPS threshold with too few images) are real results.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Build()
    {
        Command[] analyses =
        [
            Thresholds(), Good(), Costs(), Epochs(), Images(), Best(), Baseline(), Ensembles(), RankingsCommand(), Scatter(),
            Pareto(), PredictionSetsCommand(), CascadeCommand(), AgreementCommand(), PickCommand(),
        ];
        var name = new Argument<string?>("analysis") { Arity = ArgumentArity.ZeroOrOne, Description = "The analysis to print." };
        var command = new Command("analyze", "Print a population analysis of one dataset / run settings / epoch (the dashboard's numbers).")
        {
            name,
        };

        // Unknown names (and their options) reach the action below, which lists the analyses, instead of a parse error.
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var analysis in analyses)
        {
            command.Subcommands.Add(analysis);
        }

        command.SetAction(int (result) =>
        {
            var known = string.Join(", ", analyses.Select(a => a.Name));
            // An option where the analysis should be (analyze --epoch 2) means the analysis was left out.
            throw new CommandLineException(result.GetValue(name) is { } given && !given.StartsWith('-')
                ? $"Unknown analysis '{given}'. Known analyses: {known}."
                : $"Say which analysis: {known}. 'analyze --help' describes them.");
        });
        return command;
    }

    private static Command Thresholds()
    {
        var thresholds = new Option<string?>("--thresholds") { Description = "Fractions to count at, comma-separated (default 0.8,0.9,0.95,0.99,1)." };
        return Analysis("thresholds", "Per tested epoch, how many networks reach ≥ 80, 90, 95, 99, 100 %.", ProbabilityLoading.None, [thresholds], result =>
        {
            var values = result.GetValue(thresholds) is { } text ? Fractions(text, "--thresholds") : ThresholdTable.DefaultThresholds;
            return snapshot =>
            {
                var table = ThresholdTable.Compute(snapshot, values);
                return new AnalysisOutput(table, output =>
                {
                    var text = new TextTable(0, ["epoch", "networks", .. table.Thresholds.Select(t => $"≥ {Format.Percent(t, 0)}")]);
                    foreach (var row in table.Rows)
                    {
                        text.Add([Int(row.Epoch), Int(row.Networks), .. row.Counts.Select(c => Int(c))]);
                    }

                    text.Write(output);
                });
            };
        });
    }

    private static Command Good()
    {
        var (good, gold) = GoodGoldOptions();
        return Analysis("good", "Good networks and gold stars; score box statistics per family and per family × activation.", ProbabilityLoading.None, [good, gold], result =>
        {
            var (goodAt, goldAt) = GoodGold(result, good, gold);
            return snapshot =>
            {
                var goodGold = GoodAndGold.Classify(snapshot, goodAt, goldAt);
                var boxes = ScoreBoxes.Compute(snapshot, goodGold);
                return new AnalysisOutput(new { goodGold, boxes }, output =>
                {
                    output.WriteLine($"Good (≥ {Format.Percent(goodAt)} at every tested epoch up to {snapshot.Scope.Epoch}): {Int(goodGold.GoodCount)} of {Int(snapshot.NetworkCount)}");
                    output.WriteLine($"Gold stars (good and > {Format.Percent(goldAt)} at epoch {snapshot.Scope.Epoch}): {Int(goodGold.GoldCount)}");
                    foreach (var i in goodGold.GoldIndices)
                    {
                        output.WriteLine($"  ★ {snapshot.Networks[i].Name} (#{snapshot.Networks[i].Id}) {Format.Percent(snapshot.Score(i))}");
                    }

                    output.WriteLine();
                    output.WriteLine($"{snapshot.Scope.Score} per family:");
                    ScoreBoxTable(boxes.ByFamily, goodGold, withActivation: false).Write(output, "  ");
                    output.WriteLine();
                    output.WriteLine($"{snapshot.Scope.Score} per family × activation:");
                    ScoreBoxTable(boxes.ByFamilyAndActivation, goodGold, withActivation: true).Write(output, "  ");
                });
            };
        });
    }

    private static Command Costs()
    {
        var (good, gold) = GoodGoldOptions();
        return Analysis("costs", "Training time, params, memory and ops per family; the family × activation count table.", ProbabilityLoading.None, [good, gold], result =>
        {
            var (goodAt, goldAt) = GoodGold(result, good, gold);
            return snapshot =>
            {
                var goodGold = GoodAndGold.Classify(snapshot, goodAt, goldAt);
                var costs = CostDistributions.Compute(snapshot, goodGold);
                return new AnalysisOutput(costs, output =>
                {
                    foreach (var cost in costs.Costs)
                    {
                        output.WriteLine($"{CostName(cost.Cost)} per family{(cost.LogAxis ? " (log axis on the dashboard)" : "")}:");
                        var table = new TextTable(1, "family", "networks", "gold", "min", "q1", "median", "q3", "max");
                        foreach (var box in cost.ByFamily)
                        {
                            table.Add([box.Family, Int(box.Stats.Count), Int(box.GoldMembers.Count), .. Quartiles(box.Stats, v => CostText(cost.Cost, v))]);
                        }

                        table.Write(output, "  ");
                        output.WriteLine();
                    }

                    var counts = costs.Counts;
                    output.WriteLine("Networks per family × activation (networks / good / gold):");
                    var grid = new TextTable(1, ["family", .. counts.Activations]);
                    for (var row = 0; row < counts.Families.Count; row++)
                    {
                        grid.Add([counts.Families[row], .. counts.Activations.Select((_, c) =>
                            counts.Counts[row][c] == 0 ? "–" : $"{counts.Counts[row][c]} / {counts.GoodCounts[row][c]} / {counts.GoldCounts[row][c]}")]);
                    }

                    grid.Write(output, "  ");
                });
            };
        });
    }

    private static Command Epochs()
    {
        var top = new Option<int>("--top") { Description = "How many risers and fallers to list.", DefaultValueFactory = _ => EpochOverEpoch.DefaultMovers };
        return Analysis("epochs", "Scores per family per tested epoch; the networks that moved most between consecutive tested epochs.", ProbabilityLoading.None, [top], result =>
        {
            var movers = Positive(result.GetValue(top), "--top");
            return snapshot =>
            {
                var moves = EpochOverEpoch.Compute(snapshot, movers);
                return new AnalysisOutput(moves, output =>
                {
                    output.WriteLine($"Median {snapshot.Scope.Score} per family (networks) at each tested epoch:");
                    var table = new TextTable(1, ["family", .. snapshot.TestedEpochs.Select(e => $"epoch {e}")]);
                    foreach (var family in moves.Boxes.GroupBy(b => b.Family))
                    {
                        table.Add([family.Key, .. family.Select(b => b.Stats.Count == 0 ? "–" : $"{Format.Percent(b.Stats.Median)} ({Int(b.Stats.Count)})")]);
                    }

                    table.Write(output, "  ");
                    WriteMoves(output, "Late bloomers (largest rises)", moves.Risers);
                    WriteMoves(output, "Collapses (largest falls)", moves.Fallers);
                });
            };
        });
    }

    private static Command Images()
    {
        var (good, gold) = GoodGoldOptions();
        var weirdTrue = new Option<double>("--weird-true") { Description = "Weird: true-class share below this.", DefaultValueFactory = _ => TestImageVotes.DefaultWeirdTrueBelow };
        var weirdWrong = new Option<double>("--weird-wrong") { Description = "… and one wrong class at least this.", DefaultValueFactory = _ => TestImageVotes.DefaultWeirdWrongAtLeast };
        var confusing = new Option<double>("--confusing") { Description = "Confusing: no class share above this.", DefaultValueFactory = _ => TestImageVotes.DefaultConfusingAtMost };
        var limit = new Option<int>("--limit") { Description = "Images listed per set in the table (JSON lists all).", DefaultValueFactory = _ => 20 };
        return Analysis("images", "Easy, weird and confusing test images by the good networks' votes: counts and lists.", ProbabilityLoading.None,
            [good, gold, weirdTrue, weirdWrong, confusing, limit], result =>
        {
            var (goodAt, goldAt) = GoodGold(result, good, gold);
            var trueBelow = Fraction(result.GetValue(weirdTrue), "--weird-true");
            var wrongAtLeast = Fraction(result.GetValue(weirdWrong), "--weird-wrong");
            var confusingAtMost = Fraction(result.GetValue(confusing), "--confusing");
            var listed = Positive(result.GetValue(limit), "--limit");
            return snapshot =>
            {
                var voters = GoodAndGold.Classify(snapshot, goodAt, goldAt).GoodIndices;
                var votes = TestImageVotes.Compute(snapshot, voters, trueBelow, wrongAtLeast, confusingAtMost);
                return new AnalysisOutput(votes, output =>
                {
                    output.WriteLine($"Voters: {Int(votes.VoterCount)} good networks (≥ {Format.Percent(goodAt)} at every tested epoch up to {snapshot.Scope.Epoch}) on {Int(snapshot.ImageCount)} test images.");
                    if (votes.VoterCount == 0)
                    {
                        output.WriteLine("No network is good, so no image can be judged: try a lower --good.");
                        return;
                    }

                    var counts = new TextTable(1, "set", "images", "share of the test set");
                    foreach (var (set, images) in ImageSets(votes))
                    {
                        counts.Add(set, Int(images.Count), Format.Percent(snapshot.ImageCount == 0 ? double.NaN : (double)images.Count / snapshot.ImageCount));
                    }

                    counts.Write(output, "  ");
                    foreach (var (set, images) in ImageSets(votes).Where(s => s.Images.Count > 0))
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
                });
            };
        });
    }

    private static Command Best() =>
        Analysis("best", "The best network by the score, and its per-class recall percentiles among all networks.", ProbabilityLoading.None, [], _ => snapshot =>
        {
            var best = BestNetwork.Find(snapshot);
            return new AnalysisOutput((object?)best ?? new { }, output =>
            {
                if (best is null)
                {
                    output.WriteLine($"No network has a {snapshot.Scope.Score} at epoch {snapshot.Scope.Epoch}.");
                    return;
                }

                output.WriteLine($"Best: {best.Network.Name} (#{best.Network.Id}, {best.Network.Group}, {best.Network.Activation}) with {snapshot.Scope.Score} {Format.Percent(best.Score)}.");
                output.WriteLine($"Best everywhere: {(best.BestEverywhere ? "yes, no network has a higher recall on any class" : "no")}.");
                var table = new TextTable(0, "class", "recall", "percentile", "best or tied");
                foreach (var c in best.Classes)
                {
                    table.Add(Int(c.Class), Format.Percent(c.Recall), Format.Number(c.Percentile, 1), c.BestOrTied ? "yes" : "no");
                }

                table.Write(output, "  ");
            });
        });

    private static Command Baseline() =>
        Analysis("baseline", "The best network against Basic (the baseline): params, memory, time, ops and score, with ratios.", ProbabilityLoading.None, [], _ => snapshot =>
        {
            var comparison = BestVsBaseline.Compare(snapshot);
            return new AnalysisOutput((object?)comparison ?? new { }, output =>
            {
                if (comparison is null)
                {
                    output.WriteLine("No comparison: the scope has no Basic network or no network with a score.");
                    return;
                }

                output.WriteLine($"Best: {comparison.Best.Name} (#{comparison.Best.Id}) · baseline: {comparison.Baseline.Name} (#{comparison.Baseline.Id})");
                var table = new TextTable(1, "measure", "best", "baseline", "best / baseline");
                foreach (var row in comparison.Rows)
                {
                    Func<double, string> text = Enum.TryParse<CostKind>(row.Measure, ignoreCase: true, out var kind) ? v => CostText(kind, v)
                        : row.Measure == "time" ? v => CostText(CostKind.TrainingTime, v)
                        : v => Format.Percent(v);
                    table.Add(row.Measure, text(row.Best), text(row.Baseline), double.IsNaN(row.Ratio) ? "–" : $"{Format.Number(row.Ratio, 3)} ×");
                }

                table.Write(output, "  ");
            });
        });

    private static Command Ensembles()
    {
        var networks = new Option<string?>("--networks") { Description = "Score the ensemble of these network ids (comma-separated)." };
        var budget = new Option<double?>("--budget") { Description = "Also build a greedy ensemble whose total cost (--x) stays within this budget." };
        var x = CostOption("The cost that orders the cheapest networks and that --budget counts", "params");
        var maxSize = new Option<int>("--max-size") { Description = "The largest ensemble of the cheapest networks on the curve.", DefaultValueFactory = _ => 50 };
        return Analysis("ensembles", "Ensembles: score a chosen set; accuracy vs size for the cheapest networks; greedy ensembles under a budget.",
            ProbabilityLoading.OnDemand, [networks, x, budget, maxSize], result =>
        {
            var ids = Ids(result.GetValue(networks));
            var cost = Cost(result.GetValue(x)!);
            var limit = result.GetValue(budget);
            if (limit is < 0 or double.NaN)
            {
                throw new CommandLineException($"--budget must be a cost of at least 0 (got {limit}).");
            }

            var size = Positive(result.GetValue(maxSize), "--max-size");
            return snapshot =>
            {
                if (ids is not null)
                {
                    var score = Core.Analysis.Ensembles.Score(snapshot, Indices(snapshot, ids));
                    return new AnalysisOutput(score, output =>
                    {
                        output.WriteLine($"Ensemble of {string.Join(", ", score.Members.Select(i => NetworkText(snapshot, i)))}:");
                        output.WriteLine($"  accuracy {Format.Percent(score.Accuracy)} · balanced accuracy {Format.Percent(score.BalancedAccuracy)}");
                    });
                }

                var curve = Core.Analysis.Ensembles.SizeCurve(snapshot, cost, size);
                var greedy = limit is { } b ? Core.Analysis.Ensembles.Greedy(snapshot, cost, b) : null;
                return new AnalysisOutput(new { curve, greedy }, output =>
                {
                    output.WriteLine($"Ensembles of the cheapest networks by {CostName(cost)}; the best network's accuracy is {Format.Percent(curve.TargetAccuracy)}.");
                    output.WriteLine(curve.SizeToMatch is { } match
                        ? $"{match} of the cheapest networks match it."
                        : $"No ensemble of up to {curve.Steps.Count} of the cheapest networks matches it.");
                    StepTable(snapshot, curve.Steps, cost).Write(output, "  ");
                    if (greedy is not null)
                    {
                        output.WriteLine();
                        output.WriteLine($"Greedy ensemble within {CostText(cost, greedy.Budget)} of {CostName(cost)} (chosen on the test set itself, so optimistic): {Format.Percent(greedy.Accuracy)}");
                        StepTable(snapshot, greedy.Steps, cost).Write(output, "  ");
                    }
                });
            };
        });
    }

    private static Command RankingsCommand()
    {
        var by = new Option<string>("--by") { Description = "Rank by: time, params, memory, ops, accuracy, balanced-accuracy or auc.", DefaultValueFactory = _ => "accuracy" };
        var allEpochs = new Option<bool>("--all-epochs") { Description = "List every tested epoch's row, not only the scope's epoch (JSON always has all)." };
        return Analysis("rankings", "Rank / out of for every network: global, within its group, its form and its snapshot.", ProbabilityLoading.None, [by, allEpochs], result =>
        {
            var metric = Metric(result.GetValue(by)!);
            var every = result.GetValue(allEpochs);
            return snapshot =>
            {
                var ranked = Rankings.Compute(Rankings.RowsOf(snapshot));
                return new AnalysisOutput(ranked, output =>
                {
                    output.WriteLine($"Ranked by {MetricName(metric)} ({(Rankings.LowerIsBetter(metric) ? "lower" : "higher")} is better):");
                    var table = new TextTable(4, "id", "network", "family", "form", "epoch", MetricName(metric), "global", "in group", "in form", "in snapshot");
                    var rows = ranked.Where(r => every || r.Row.Epoch == snapshot.Scope.Epoch)
                        .OrderBy(r => r[metric].Global?.Position ?? int.MaxValue).ThenBy(r => r.Row.NetworkId).ThenBy(r => r.Row.Epoch);
                    foreach (var row in rows)
                    {
                        var ranks = row[metric];
                        table.Add(Int(row.Row.NetworkId), row.Row.Name, row.Row.Group, row.Row.Form, Int(row.Row.Epoch), MetricText(metric, row.Row.Values[(int)metric]),
                            RankText(ranks.Global), RankText(ranks.Group), RankText(ranks.Form), RankText(ranks.Snapshot));
                    }

                    table.Write(output, "  ");
                });
            };
        });
    }

    private static Command Scatter()
    {
        var x = CostOption("The X axis", "time");
        var top = new Option<int>("--top") { Description = "How many points the top list holds.", DefaultValueFactory = _ => OverviewScatter.DefaultTop };
        var families = new Option<string?>("--families") { Description = "Keep only these families (comma-separated)." };
        var forms = new Option<string?>("--forms") { Description = "Keep only these forms." };
        var activations = new Option<string?>("--activations") { Description = "Keep only these activations." };
        return Analysis("scatter", "Overview scatter: one point per network and tested epoch (X a cost, Y the score), filtered, with the top list.",
            ProbabilityLoading.None, [x, top, families, forms, activations], result =>
        {
            var cost = Cost(result.GetValue(x)!);
            var count = Positive(result.GetValue(top), "--top");
            var filter = new ScatterFilter(Names(result.GetValue(families)), Names(result.GetValue(forms)), Names(result.GetValue(activations)));
            return snapshot =>
            {
                var scatter = OverviewScatter.Compute(snapshot, cost, snapshot.Scope.Score, filter, count);
                return new AnalysisOutput(scatter, output =>
                {
                    output.WriteLine($"{Int(scatter.Points.Count)} points ({CostName(cost)} against {scatter.Y}); top {scatter.Top.Count}:");
                    var table = new TextTable(5, "id", "network", "family", "form", "activation", "epoch", CostName(cost), scatter.Y.ToString());
                    foreach (var p in scatter.Top)
                    {
                        table.Add(Int(p.NetworkId), p.Name, p.Group, p.Form, p.Activation, Int(p.Epoch), CostText(cost, p.X), Format.Percent(p.Y));
                    }

                    table.Write(output, "  ");
                });
            };
        });
    }

    private static Command Pareto()
    {
        var x = new Option<string?>("--x") { Description = "One cost: params, memory, ops or time (default: a front for each)." };
        return Analysis("pareto", "Pareto fronts of the score against each cost: the networks no other beats on both.", ProbabilityLoading.None, [x], result =>
        {
            CostKind[] costs = result.GetValue(x) is { } text ? [Cost(text)] : Enum.GetValues<CostKind>();
            return snapshot =>
            {
                var fronts = costs.Select(cost => ParetoFront.Compute(snapshot, cost)).ToArray();
                return new AnalysisOutput(fronts, output =>
                {
                    foreach (var front in fronts)
                    {
                        output.WriteLine($"Front of {snapshot.Scope.Score} against {CostName(front.Cost)} ({front.Front.Count} networks, cheapest first):");
                        var table = new TextTable(3, "id", "network", "family", CostName(front.Cost), snapshot.Scope.Score.ToString());
                        foreach (var i in front.Front)
                        {
                            var n = snapshot.Networks[i];
                            table.Add(Int(n.Id), n.Name, n.Group, CostText(front.Cost, snapshot.Cost(i, front.Cost)), Format.Percent(snapshot.Score(i)));
                        }

                        table.Write(output, "  ");
                        output.WriteLine();
                    }
                });
            };
        });
    }

    private static Command PredictionSetsCommand()
    {
        var defaults = RapsOptions.Default;
        var alpha = new Option<double>("--alpha") { Description = "Miscoverage α: sets should hold the truth 1 − α of the time.", DefaultValueFactory = _ => defaults.Alpha };
        var kReg = new Option<int>("--k-reg") { Description = "Rank from which larger sets are penalised.", DefaultValueFactory = _ => defaults.KReg };
        var lambda = new Option<double>("--lambda") { Description = "Penalty per class beyond --k-reg.", DefaultValueFactory = _ => defaults.Lambda };
        var weights = new Option<string?>("--weights") { Description = "Weights of correct & sure, correct & unsure, wrong & sure, wrong & truth outside, wrong & truth inside (default 1,-6,-12,-9,-8)." };
        var seed = new Option<long>("--seed") { Description = "Seed of the calibration / evaluation split and the random draws.", DefaultValueFactory = _ => defaults.Seed };
        var fixedSets = new Option<bool>("--not-randomized") { Description = "Non-randomised sets (no random tie-breaking at the threshold)." };
        return Analysis("prediction-sets", "RAPS conformal prediction sets per network: mean set size, coverage, the 5-way split and a weighted score.",
            ProbabilityLoading.Eager, [alpha, kReg, lambda, weights, seed, fixedSets], result =>
        {
            var a = result.GetValue(alpha);
            if (!(a > 0 && a < 1))
            {
                throw new CommandLineException($"--alpha must be between 0 and 1 (got {a.ToString(CultureInfo.InvariantCulture)}).");
            }

            var k = result.GetValue(kReg);
            var l = result.GetValue(lambda);
            if (k < 0 || !(l >= 0))
            {
                throw new CommandLineException("--k-reg and --lambda must be at least 0.");
            }

            var options = new RapsOptions(a, k, l, !result.GetValue(fixedSets), result.GetValue(seed));
            var outcomeWeights = result.GetValue(weights) is { } text ? Weights(text) : SetOutcomeWeights.Default;

            return snapshot =>
            {
                var sets = PredictionSets.Compute(snapshot, options, outcomeWeights);
                return new AnalysisOutput(sets, output =>
                {
                    output.WriteLine($"RAPS α {Format.Number(options.Alpha, 3)}, k_reg {options.KReg}, λ {Format.Number(options.Lambda, 4)}, {(options.Randomized ? "randomised" : "not randomised")}; " +
                                     $"calibrated on {Int(sets.CalibrationImages)} images, evaluated on {Int(sets.EvaluationImages)}.");
                    var table = new TextTable(3, "id", "network", "family", "mean size", "coverage", "accuracy", "right sure", "right unsure", "wrong sure", "truth out", "truth in", "weighted");
                    foreach (var s in sets.Networks.OrderByDescending(s => s.WeightedScore).ThenBy(s => s.NetworkId))
                    {
                        table.Add(Int(s.NetworkId), s.Name, s.Group, Format.Number(s.MeanSetSize, 3), Format.Percent(s.Coverage), Format.Percent(s.Accuracy),
                            Int(s.CorrectSure), Int(s.CorrectUnsure), Int(s.WrongSure), Int(s.WrongTruthOutside), Int(s.WrongTruthInside), Format.Number(s.WeightedScore, 4));
                    }

                    table.Write(output, "  ");
                });
            };
        });
    }

    private static Command CascadeCommand()
    {
        var networks = new Option<string?>("--networks") { Description = "The cheap and the expensive network's ids: cheap,expensive (default: the cheapest by --x and the best)." };
        var x = CostOption("The cost averaged per image", "ops");
        var thresholds = new Option<string?>("--thresholds") { Description = "Confidence thresholds, comma-separated (default 0, 0.05, …, 1)." };
        return Analysis("cascade", "Cascade: a cheap network defers to an expensive one below a confidence threshold; accuracy and cost per threshold.",
            ProbabilityLoading.OnDemand, [networks, x, thresholds], result =>
        {
            var ids = Ids(result.GetValue(networks));
            if (ids is not null && ids.Count != 2)
            {
                throw new CommandLineException($"--networks takes two ids for a cascade, the cheap one first (got {ids.Count}).");
            }

            var cost = Cost(result.GetValue(x)!);
            var points = result.GetValue(thresholds) is { } text ? Fractions(text, "--thresholds") : Cascade.DefaultThresholds;
            return snapshot =>
            {
                int cheap, expensive;
                if (ids is not null)
                {
                    var pair = Indices(snapshot, ids);
                    (cheap, expensive) = (pair[0], pair[1]);
                }
                else
                {
                    cheap = Enumerable.Range(0, snapshot.NetworkCount).Where(i => !double.IsNaN(snapshot.Cost(i, cost)))
                        .OrderBy(i => snapshot.Cost(i, cost)).ThenBy(i => snapshot.Networks[i].Id).DefaultIfEmpty(-1).First();
                    expensive = BestNetwork.BestIndex(snapshot);
                }

                if (cheap < 0 || expensive < 0 || cheap == expensive)
                {
                    throw new CommandLineException("A cascade needs two different networks: give them with --networks cheap,expensive.");
                }

                var cascade = Cascade.Compute(snapshot, cheap, expensive, cost, points);
                return new AnalysisOutput(cascade, output =>
                {
                    output.WriteLine($"Cheap: {NetworkText(snapshot, cheap)} ({CostText(cost, snapshot.Cost(cheap, cost))} {CostName(cost)}, {Format.Percent(snapshot.Networks[cheap].At(snapshot.Scope.Epoch)!.Accuracy)})");
                    output.WriteLine($"Expensive: {NetworkText(snapshot, expensive)} ({CostText(cost, snapshot.Cost(expensive, cost))} {CostName(cost)}, {Format.Percent(snapshot.Networks[expensive].At(snapshot.Scope.Epoch)!.Accuracy)})");
                    var table = new TextTable(0, "threshold", "deferred", "accuracy", $"average {CostName(cost)}");
                    foreach (var p in cascade.Points)
                    {
                        table.Add(Format.Number(p.Threshold, 2), Format.Percent(p.DeferralRate), Format.Percent(p.Accuracy), CostText(cost, p.AverageCost));
                    }

                    table.Write(output, "  ");
                });
            };
        });
    }

    private static Command AgreementCommand()
    {
        var networks = new Option<string?>("--networks") { Description = "Network ids: the agreement of each pair of them instead of the family matrix." };
        return Analysis("agreement", "How often networks give the same answer: the family × family matrix, or pairs of chosen networks.", ProbabilityLoading.None, [networks], result =>
        {
            var ids = Ids(result.GetValue(networks));
            if (ids is not null && ids.Count < 2)
            {
                throw new CommandLineException("--networks needs at least two ids to compare.");
            }

            return snapshot =>
            {
                if (ids is not null)
                {
                    var members = Indices(snapshot, ids);
                    var pairs = members.Select(a => members.Select(b => Agreement.Between(snapshot, a, b)).ToArray()).ToArray();
                    return new AnalysisOutput(new { networks = members, values = pairs }, output =>
                    {
                        var table = new TextTable(1, ["network", .. members.Select(i => $"#{snapshot.Networks[i].Id}")]);
                        for (var row = 0; row < members.Count; row++)
                        {
                            table.Add([NetworkText(snapshot, members[row]), .. pairs[row].Select(v => Format.Percent(v))]);
                        }

                        table.Write(output, "  ");
                    });
                }

                var matrix = Agreement.FamilyMatrix(snapshot);
                return new AnalysisOutput(matrix, output =>
                {
                    output.WriteLine("Mean agreement between two different networks of the row and column families:");
                    var table = new TextTable(1, ["family", "networks", .. matrix.Families]);
                    for (var row = 0; row < matrix.Families.Count; row++)
                    {
                        table.Add([matrix.Families[row], Int(matrix.NetworkCounts[row]), .. matrix.Values[row].Select(v => Format.Percent(v))]);
                    }

                    table.Write(output, "  ");
                });
            };
        });
    }

    private static Command PickCommand()
    {
        var maxParams = new Option<double?>("--max-params") { Description = "At most this many parameters." };
        var maxMemory = new Option<string?>("--max-memory") { Description = "At most this much memory: elements (float32), or bytes with a unit: 160KB, 1.5MiB, 40000B (4 bytes an element)." };
        var maxTime = new Option<double?>("--max-time") { Description = "At most this many seconds of training up to the epoch." };
        var maxOps = new Option<double?>("--max-ops") { Description = "At most this many ops." };
        var atLeast = new Option<string[]>("--at-least") { Description = "At least as good as network X on class k's recall, as X:k (repeat for more).", AllowMultipleArgumentsPerToken = false };
        var objectiveOption = new Option<string>("--objective") { Description = $"What to maximise: {PickObjective.Syntax}.", DefaultValueFactory = _ => "accuracy" };
        var weights = new Option<string?>("--weights") { Description = "For set-score: weights of correct & sure, correct & unsure, wrong & sure, wrong & truth outside, wrong & truth inside (default 1,-6,-12,-9,-8)." };
        return Analysis("pick", "Pick a network: the best by an objective within cost limits and recall floors; what each constraint costs.",
            result => PickObjective.TryParse(result.GetValue(objectiveOption), null, out var o) && o.NeedsProbabilities ? ProbabilityLoading.Eager : ProbabilityLoading.None,
            [maxParams, maxMemory, maxTime, maxOps, atLeast, objectiveOption, weights], result =>
        {
            var outcomeWeights = result.GetValue(weights) is { } text ? Weights(text) : null;
            var name = result.GetValue(objectiveOption);
            if (!PickObjective.TryParse(name, outcomeWeights, out var objective))
            {
                throw new CommandLineException($"Unknown objective '{name}'. Use {PickObjective.Syntax}.");
            }

            if (outcomeWeights is not null && !objective.NeedsProbabilities)
            {
                throw new CommandLineException("--weights only applies to --objective set-score.");
            }

            var constraints = new List<PickConstraint>();
            if (result.GetValue(maxParams) is { } p)
            {
                constraints.Add(PickConstraint.MaxParams(Limit(p, "--max-params")));
            }

            if (result.GetValue(maxMemory) is { } memory)
            {
                constraints.Add(Memory(memory));
            }

            if (result.GetValue(maxTime) is { } t)
            {
                constraints.Add(PickConstraint.MaxTrainingSeconds(Limit(t, "--max-time")));
            }

            if (result.GetValue(maxOps) is { } o)
            {
                constraints.Add(PickConstraint.MaxOps(Limit(o, "--max-ops")));
            }

            constraints.AddRange((result.GetValue(atLeast) ?? []).Select(Floor));
            var request = new PickRequest(constraints, objective);
            return snapshot =>
            {
                var pick = NetworkPicker.Pick(snapshot, request);
                return new AnalysisOutput(pick, output => WritePick(output, snapshot, pick));
            };
        });
    }

    private static void WritePick(TextWriter output, PopulationSnapshot snapshot, PickResult pick)
    {
        var objective = pick.Objective;
        output.WriteLine($"Objective: {objective.Title} · constraints: {(pick.Effects.Count == 0 ? "none" : string.Join("; ", pick.Effects.Select(e => e.Label)))}");
        output.WriteLine(pick.Summary);
        if (pick.Recommended is { } answer)
        {
            output.WriteLine();
            output.WriteLine($"The answer and the runners-up ({Int(pick.Satisfying)} of {Int(pick.Candidates)} networks meet the constraints):");
            var table = new TextTable(3, "", "id", "network", objective.Title, "params", "memory", "ops", "time");
            foreach (var (candidate, place) in new[] { answer }.Concat(pick.RunnersUp).Select((c, i) => (c, i)))
            {
                table.Add(place == 0 ? "→" : Int(place + 1), Int(candidate.Id), candidate.Name, objective.Format(candidate.Objective), Int(candidate.Params),
                    Int(candidate.MemoryElements), Int(candidate.Ops), CostText(CostKind.TrainingTime, candidate.TrainingSeconds));
            }

            table.Write(output, "  ");
        }

        if (pick.Effects.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("What each constraint costs (the answer if it alone were dropped):");
            // With an answer, the gain is what a constraint costs; without one, how far it must move to admit a network.
            var solved = pick.Recommended is not null;
            var table = new TextTable(1, "constraint", "rules out", "best without it", objective.Title, solved ? "gain" : "loosest that admits one");
            foreach (var (effect, c) in pick.Effects.Select((e, c) => (e, c)))
            {
                var needed = effect.Constraint.Cost is { } cost ? PickConstraint.CostText(cost, effect.Needed) : Format.Percent(effect.Needed);
                table.Add(effect.Label + (pick.Binding == c ? " (binds)" : pick.Relax == c ? " (relax this)" : ""), Int(effect.Excluded),
                    effect.BestWithout is { } b ? NetworkText(snapshot, b.Index) : "none", objective.Format(effect.BestWithout?.Objective ?? double.NaN),
                    solved ? objective.FormatGain(effect.Gain) : needed);
            }

            table.Write(output, "  ");
        }

        output.WriteLine();
        output.WriteLine($"Front of {objective.Title} against {PickConstraint.CostName(pick.FrontCost)} among the networks meeting the other constraints{(pick.RecommendedOnFront ? " (the answer is on it)" : "")}:");
        var front = new TextTable(2, "id", "network", PickConstraint.CostName(pick.FrontCost), objective.Title);
        foreach (var c in pick.Front)
        {
            front.Add(Int(c.Id), c.Name + (c.Index == pick.Recommended?.Index ? " →" : ""), CostText(pick.FrontCost, c.Cost(pick.FrontCost)), objective.Format(c.Objective));
        }

        front.Write(output, "  ");
    }

    private static double Limit(double value, string option) =>
        double.IsFinite(value) && value >= 0 ? value : throw new CommandLineException($"{option} must be a number of at least 0.");

    private static PickConstraint Memory(string text)
    {
        try
        {
            return PickConstraint.ParseMemory(text);
        }
        catch (FormatException e)
        {
            throw new CommandLineException("--max-memory: " + e.Message);
        }
    }

    private static PickConstraint Floor(string text)
    {
        try
        {
            return PickConstraint.ParseRecallFloor(text);
        }
        catch (FormatException e)
        {
            throw new CommandLineException("--at-least: " + e.Message);
        }
    }

    private static SetOutcomeWeights Weights(string text)
    {
        var w = Numbers(text, "--weights");
        return w.Count == 5 ? new SetOutcomeWeights(w[0], w[1], w[2], w[3], w[4])
            : throw new CommandLineException($"--weights takes five numbers, one per outcome (got {w.Count}).");
    }

    /// <summary>
    /// One analysis subcommand. <paramref name="prepare"/> reads and checks the analysis's own options before anything is
    /// loaded (bad values fail fast), and returns what to compute on the loaded snapshot.
    /// </summary>
    private static Command Analysis(
        string name, string description, ProbabilityLoading probabilities, Option[] options,
        Func<ParseResult, Func<PopulationSnapshot, AnalysisOutput>> prepare) =>
        Analysis(name, description, _ => probabilities, options, prepare);

    /// <summary>As above, for an analysis whose options decide whether it needs probabilities (pick: only the set score).</summary>
    private static Command Analysis(
        string name, string description, Func<ParseResult, ProbabilityLoading> probabilitiesFor, Option[] options,
        Func<ParseResult, Func<PopulationSnapshot, AnalysisOutput>> prepare)
    {
        var command = CommandLineHost.WithServiceOptions(new Command(name, description) { Dataset, Settings, Epoch, Score, Json });
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var score = ParseScore(result.GetValue(Score)!);
            var analyse = prepare(result);
            using var host = CommandLineHost.Build(result);
            await host.StartAsync(cancellationToken);
            try
            {
                var snapshot = await LoadAsync(host.Services, result, score, probabilitiesFor(result), cancellationToken);
                var report = analyse(snapshot);
                var output = result.InvocationConfiguration.Output;
                if (result.GetValue(Json))
                {
                    output.WriteLine(JsonSerializer.Serialize(new AnalysisDocument(name, snapshot.Scope, snapshot.Networks, report.Result), JsonOptions));
                }
                else
                {
                    var epochs = string.Join(", ", snapshot.TestedEpochs);
                    output.WriteLine($"{snapshot.Scope.Dataset} / {snapshot.Scope.RunSettings} · epoch {snapshot.Scope.Epoch} (tested: {epochs}) · {snapshot.Scope.Score} · {Int(snapshot.NetworkCount)} networks");
                    output.WriteLine();
                    report.WriteTable(output);
                }

                return 0;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        });
        return command;
    }

    private static async Task<PopulationSnapshot> LoadAsync(
        IServiceProvider services, ParseResult result, ScoreSelector score, ProbabilityLoading probabilities, CancellationToken cancellationToken)
    {
        var dataset = result.GetValue(Dataset)!;
        var settings = result.GetValue(Settings)!;
        var loader = services.GetRequiredService<PopulationLoader>();
        var epochs = await loader.EpochsAsync(dataset, settings, cancellationToken);
        if (!epochs.HasResults)
        {
            var datasetOption = dataset == DatasetRegistry.DefaultName ? "" : $" --dataset {dataset}";
            throw new CommandLineException(
                $"No trained networks for {dataset} / {settings} yet — run: train --preset one-per-form --settings {settings}{datasetOption}");
        }

        var epoch = epochs.Resolve(result.GetValue(Epoch));
        var labels = await services.GetRequiredService<DatasetLoader>().LoadTestLabelsAsync(dataset, cancellationToken);
        return await loader.LoadAsync(new PopulationRequest(dataset, settings, epoch, score, Probabilities: probabilities), labels, cancellationToken);
    }

    private static ScoreSelector ParseScore(string text) =>
        ScoreSelector.TryParse(text, out var score) ? score : throw new CommandLineException($"Unknown score '{text}'. Use {ScoreSelector.Syntax}.");

    private static (Option<double> Good, Option<double> Gold) GoodGoldOptions() =>
    (
        new Option<double>("--good") { Description = "Good: score at least this at every tested epoch (a fraction).", DefaultValueFactory = _ => GoodAndGold.DefaultGoodThreshold },
        new Option<double>("--gold") { Description = "Gold star: good and score above this at the epoch.", DefaultValueFactory = _ => GoodAndGold.DefaultGoldThreshold }
    );

    private static (double Good, double Gold) GoodGold(ParseResult result, Option<double> good, Option<double> gold) =>
        (Fraction(result.GetValue(good), "--good"), Fraction(result.GetValue(gold), "--gold"));

    private static Option<string> CostOption(string what, string defaultCost) => new("--x")
    {
        Description = $"{what}: params, memory, ops or time (default {defaultCost}).",
        DefaultValueFactory = _ => defaultCost,
    };

    private static CostKind Cost(string text) => text.Trim().ToLowerInvariant() switch
    {
        "params" => CostKind.Params,
        "memory" => CostKind.Memory,
        "ops" => CostKind.Ops,
        "time" => CostKind.TrainingTime,
        _ => throw new CommandLineException($"Unknown cost '{text}'. Use params, memory, ops or time."),
    };

    private static RankedMetric Metric(string text) => text.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "time" => RankedMetric.TrainingTime,
        "params" => RankedMetric.Params,
        "memory" => RankedMetric.Memory,
        "ops" => RankedMetric.Ops,
        "accuracy" => RankedMetric.Accuracy,
        "balanced-accuracy" => RankedMetric.BalancedAccuracy,
        "auc" => RankedMetric.AucMean,
        _ => throw new CommandLineException($"Unknown ranking '{text}'. Use time, params, memory, ops, accuracy, balanced-accuracy or auc."),
    };

    private static string CostName(CostKind cost) => cost == CostKind.TrainingTime ? "time" : cost.ToString().ToLowerInvariant();

    private static string MetricName(RankedMetric metric) => metric switch
    {
        RankedMetric.TrainingTime => "time",
        RankedMetric.BalancedAccuracy => "balanced accuracy",
        RankedMetric.AucMean => "auc",
        _ => metric.ToString().ToLowerInvariant(),
    };

    private static string MetricText(RankedMetric metric, double value) => metric switch
    {
        RankedMetric.TrainingTime => CostText(CostKind.TrainingTime, value),
        RankedMetric.Params or RankedMetric.Memory or RankedMetric.Ops => CostText(CostKind.Params, value),
        _ => Format.Percent(value),
    };

    /// <summary>Time in seconds with one decimal; the static costs are counts, with thousands separators.</summary>
    private static string CostText(CostKind cost, double value) =>
        double.IsNaN(value) ? "–"
        : cost == CostKind.TrainingTime ? $"{value.ToString("N1", CultureInfo.InvariantCulture)} s"
        : Format.Count((long)Math.Round(value));

    private static string Int(long value) => Format.Count(value);

    private static string RankText(Rank? rank) => rank is null ? "–" : $"{Int(rank.Position)} / {Int(rank.OutOf)}";

    private static string NetworkText(PopulationSnapshot snapshot, int index) => $"{snapshot.Networks[index].Name} (#{snapshot.Networks[index].Id})";

    private static string[] Quartiles(BoxStats stats, Func<double, string> text) =>
        [text(stats.Min), text(stats.Q1), text(stats.Median), text(stats.Q3), text(stats.Max)];

    private static TextTable ScoreBoxTable(IReadOnlyList<GroupBox> boxes, GoodGoldResult goodGold, bool withActivation)
    {
        string[] names = withActivation ? ["family", "activation"] : ["family"];
        var table = new TextTable(names.Length, [.. names, "networks", "good", "gold", "min", "q1", "median", "q3", "max"]);
        foreach (var box in boxes)
        {
            string[] keys = withActivation ? [box.Family, box.Activation ?? ""] : [box.Family];
            table.Add([.. keys, Int(box.Stats.Count), Int(box.Members.Count(i => goodGold.Good[i])), Int(box.GoldMembers.Count),
                .. Quartiles(box.Stats, v => Format.Percent(v))]);
        }

        return table;
    }

    private static TextTable StepTable(PopulationSnapshot snapshot, IReadOnlyList<EnsembleStep> steps, CostKind cost)
    {
        var table = new TextTable(0, "size", "added", "accuracy", $"total {CostName(cost)}");
        foreach (var step in steps)
        {
            table.Add(Int(step.Size), NetworkText(snapshot, step.Added), Format.Percent(step.Accuracy), CostText(cost, step.TotalCost));
        }

        return table;
    }

    private static void WriteMoves(TextWriter output, string title, IReadOnlyList<ScoreMove> moves)
    {
        output.WriteLine();
        output.WriteLine($"{title}:");
        if (moves.Count == 0)
        {
            output.WriteLine("  none");
            return;
        }

        var table = new TextTable(2, "id", "network", "epochs", "from", "to", "change");
        foreach (var m in moves)
        {
            table.Add(Int(m.NetworkId), m.Name, $"{m.FromEpoch} → {m.ToEpoch}", Format.Percent(m.From), Format.Percent(m.To),
                (m.Change > 0 ? "+" : "") + (m.Change * 100).ToString("F2", CultureInfo.InvariantCulture) + " pt");
        }

        table.Write(output, "  ");
    }

    private static IEnumerable<(string Set, IReadOnlyList<int> Images)> ImageSets(ImageVotesResult votes) =>
        [("easy", votes.Easy), ("weird", votes.Weird), ("confusing", votes.Confusing)];

    private static double Fraction(double value, string option) =>
        value is >= 0 and <= 1 ? value : throw new CommandLineException($"{option} is a fraction between 0 and 1, like 0.8 for 80 % (got {value.ToString(CultureInfo.InvariantCulture)}).");

    private static int Positive(int value, string option) =>
        value >= 1 ? value : throw new CommandLineException($"{option} must be at least 1 (got {value}).");

    private static IReadOnlyList<double> Numbers(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<double>(parts.Length);
        foreach (var part in parts)
        {
            values.Add(double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v
                : throw new CommandLineException($"{option} takes numbers separated by commas; '{part}' is not a number."));
        }

        return values.Count > 0 ? values : throw new CommandLineException($"{option} needs at least one number.");
    }

    private static IReadOnlyList<double> Fractions(string text, string option) => Numbers(text, option).Select(v => Fraction(v, option)).ToArray();

    private static IReadOnlyList<int>? Ids(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bad = parts.Where(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
        return bad.Count == 0 && parts.Length > 0
            ? parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).Distinct().ToArray()
            : throw new CommandLineException($"--networks takes network ids separated by commas; '{string.Join("', '", bad)}' is not an id.");
    }

    private static IReadOnlySet<string>? Names(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Snapshot indices of zoo network ids; an id without results in the scope is an error, not a silent drop.</summary>
    private static IReadOnlyList<int> Indices(PopulationSnapshot snapshot, IReadOnlyList<int> ids)
    {
        var missing = ids.Where(id => snapshot.IndexOf(id) < 0).ToArray();
        return missing.Length == 0
            ? ids.Select(snapshot.IndexOf).ToArray()
            : throw new CommandLineException(
                $"No results for network {string.Join(", ", missing)} in {snapshot.Scope.Dataset} / {snapshot.Scope.RunSettings} at epoch {snapshot.Scope.Epoch}.");
    }
}
