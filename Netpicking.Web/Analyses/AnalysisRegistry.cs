using Netpicking.Core.Analysis;
using Netpicking.Web.Cli.Analyze;

namespace Netpicking.Web.Analyses;

/// <summary>
/// The one registration of every analysis. The navigation and the Overview's cards list <see cref="Pages"/>, the
/// Definitions page its table of contents, <c>analyze</c> a verb per entry, and <c>bench analyze</c> times every entry's
/// benchmark steps; a page names its route and heading from here. Adding an analysis is an entry here (and its page if
/// it has a new one): docs/adding-an-analysis.md.
/// </summary>
public static class AnalysisRegistry
{
    public const string ScoresRoute = "analyses/scores";
    public const string CostsRoute = "analyses/costs";
    public const string EpochsRoute = "analyses/epochs";
    public const string TestImagesRoute = "images";
    public const string BestRoute = "analyses/best";
    public const string EnsembleRoute = "analyses/ensembles";
    public const string RankingRoute = "analyses/rankings";
    public const string ExplorerRoute = "analyses/explorer";
    public const string ParetoRoute = "analyses/pareto";
    public const string PredictionSetRoute = "analyses/prediction-sets";
    public const string CascadesRoute = "analyses/cascades";
    public const string AgreementsRoute = "analyses/agreement";
    public const string PickRoute = "pick";

    public static AnalysisPage Scores { get; } = new(
        ScoresRoute, "Scores", "Scores",
        "Which design leads to more good networks? Every network's score by family and by family × activation, the gold stars among them, and how many reach each level.",
        "Which design leads to more good networks?", "good-gold");

    public static AnalysisPage Costs { get; } = new(
        CostsRoute, "Costs", "Costs",
        "What does each family cost to train and to run — and do the gold stars cost more? Training time, parameters, memory and operations per family.",
        "What does each family cost to train and run?", "costs");

    public static AnalysisPage Epochs { get; } = new(
        EpochsRoute, "Epochs", "Epochs",
        "Who improved, and who collapsed, between tested epochs? Scores per family at every tested epoch, and the networks that moved most.",
        "Who improved, and who collapsed, between tested epochs?", "epochs");

    public static AnalysisPage TestImages { get; } = new(
        TestImagesRoute, "Test images", "Test images",
        "Which test images do the good networks all get right (easy), nearly all get wrong the same way (weird: a wrong label, when the vote is strong), or split over (confusing)?",
        "Which images are easy, weird or confusing for the population?", "images");

    public static AnalysisPage Best { get; } = new(
        BestRoute, "Best & baseline", "Best & baseline",
        "Is the best network best at every class, and how much dearer is it than the Basic baseline?",
        "Is the best network best at every class, and how much dearer than Basic?", "best");

    public static AnalysisPage Ensemble { get; } = new(
        EnsembleRoute, "Ensembles", "Ensembles",
        "Can a crowd of cheap networks, averaging their probabilities, match the best single network, and what does a cost budget buy as an ensemble?",
        "How many cheap networks match the best one?", "ensembles");

    public static AnalysisPage Ranking { get; } = new(
        RankingRoute, "Rankings", "Rankings",
        "Where does each network rank — globally, within its family, within its form and within this snapshot — for every cost (lower is better) and score (higher is better)?",
        "Where does each network rank, globally and among its peers?", "rankings");

    public static AnalysisPage Explorer { get; } = new(
        ExplorerRoute, "Explorer", "Explorer",
        "Score against cost for every network: which networks give the most for what they cost, and how do families, forms and activations spread out?",
        "Score against cost, for every network, with filters.", "explorer");

    public static AnalysisPage Pareto { get; } = new(
        ParetoRoute, "Pareto", "Pareto front",
        "Which networks does no other network beat on both score and cost, and how much score does each step up in cost buy?",
        "Which networks does nothing beat on both score and cost?", "pareto");

    public static AnalysisPage PredictionSet { get; } = new(
        PredictionSetRoute, "Prediction sets", "Prediction sets",
        "Which networks know when they are unsure? Conformal prediction (RAPS) turns each network's probabilities into a set of classes that holds the truth on 1 − α of images: a good network keeps its sets small and is sure only when it is right.",
        "Which networks know when they are unsure?", "prediction-sets");

    public static AnalysisPage Cascades { get; } = new(
        CascadesRoute, "Cascades", "Cascades",
        "Can a cheap network answer most images and hand only the ones it is unsure of to an expensive one? Accuracy and average cost as the confidence threshold rises.",
        "Can a cheap network answer, and defer to an expensive one?", "cascade");

    public static AnalysisPage Agreements { get; } = new(
        AgreementsRoute, "Agreement", "Agreement",
        "How often do networks of two families give the same answer to a test image, and do two chosen networks make the same mistakes?",
        "How often do families give the same answer?", "agreement");

    public static AnalysisPage Pick { get; } = new(
        PickRoute, "Pick a network", "Pick a network",
        "Which network should you use, given what you can afford? State your limits and what matters most; the answer comes with the runners-up, what each limit costs you, and where the choice sits on the Pareto front.",
        "Which network fits what you can afford?", "pick", Listed: false);

    /// <summary>Every analysis, in the order of docs/analyses.md: the navigation, the cards and the verbs follow it.</summary>
    public static IReadOnlyList<AnalysisEntry> Analyses { get; } =
    [
        new(new ThresholdsVerb(), Scores, "thresholds", "Threshold table"),
        new(new GoodVerb(), Scores, "good-gold", "Good and gold"),
        new(new CostsVerb(), Costs, "costs", "Costs"),
        new(new EpochsVerb(), Epochs, "epochs", "Epoch over epoch"),
        new(new ImagesVerb(), TestImages, "images", "Test images"),
        new(new BestVerb(), Best, "best", "Best network"),
        new(new BaselineVerb(), Best, "baseline", "Baseline"),
        new(new EnsemblesVerb(), Ensemble, "ensembles", "Ensembles"),
        new(new RankingsVerb(), Ranking, "rankings", "Rankings"),
        new(new ScatterVerb(), Explorer, "scatter", "Explorer"),
        new(new ParetoVerb(), Pareto, "pareto", "Pareto front"),
        new(new PredictionSetsVerb(), PredictionSet, "prediction-sets", "Prediction sets"),
        new(new CascadeVerb(), Cascades, "cascade", "Cascade"),
        new(new AgreementVerb(), Agreements, "agreement", "Agreement"),
        new(new PickVerb(), Pick, "pick", "Picking"),
    ];

    /// <summary>The pages of the analyses, each once, in the order of their first analysis.</summary>
    public static IReadOnlyList<AnalysisPage> Pages { get; } = Analyses.Select(a => a.Page).Distinct().ToArray();

    /// <summary>The Core's definitions, for <c>bench analyze</c>.</summary>
    public static IReadOnlyList<IAnalysisDefinition> Definitions { get; } = Analyses.Select(a => a.Analysis).ToArray();
}
