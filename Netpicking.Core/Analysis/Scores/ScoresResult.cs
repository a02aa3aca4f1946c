namespace Netpicking.Core.Analysis;

/// <summary>What <c>analyze good</c> prints and the Scores page draws: who is good and gold, and the score boxes.</summary>
public sealed record ScoresResult(GoodGoldResult GoodGold, ScoreBoxesResult Boxes);
