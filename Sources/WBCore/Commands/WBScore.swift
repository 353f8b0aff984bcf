/// wb-score: the numbers behind the plan's decisions.
public enum WBScoreCommand {
    public static let spec = ToolSpec(
        name: "wb-score",
        summary: "The numbers behind decisions: mock-test gates with small-sample statistics, market sizing against N x cost, question impact, invention ranking. Input columns are kept; computed ones are appended.",
        commands: [ScoreGate.spec, ScoreMarket.spec, ScoreImpact.spec, ScoreInvent.spec])
}
