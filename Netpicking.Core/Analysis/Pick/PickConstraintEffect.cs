namespace Netpicking.Core.Analysis;

/// <summary>
/// What one constraint costs the pick. <paramref name="Excluded"/>: networks (with an objective value) it rules out on
/// its own. <paramref name="BestWithout"/>: the answer if this constraint alone were dropped, and <paramref name="Gain"/>
/// its objective minus the recommended network's (0 when the constraint changes nothing; NaN when nothing is recommended).
/// <paramref name="Needed"/>: the loosest this constraint must be to admit any network that meets every other
/// constraint — the smallest such cost for a limit, the highest such recall for a recall floor (NaN when none meets the
/// others) — and <paramref name="Relaxation"/> the relative change from the current limit to it (0.3 = raise by 30 %,
/// for a floor: lower by 30 %; at most 0 when the constraint already admits one).
/// </summary>
public sealed record PickConstraintEffect(
    PickConstraint Constraint,
    string Label,
    double Limit,
    int Excluded,
    PickCandidate? BestWithout,
    double Gain,
    double Needed,
    double Relaxation,
    PickCandidate? AdmittedAtNeeded);
