public enum WBMilestonesCommand {
    public static let spec = ToolSpec(name: "wb-milestones", summary: "The plan's four milestones.", commands: [])
}
public enum WBScoreCommand {
    public static let spec = ToolSpec(name: "wb-score", summary: "Scores.", commands: [])
}
public enum WBIcsCommand {
    public static let spec = ToolSpec(name: "wb-ics", summary: "Calendar.", commands: [])
}
