/// wb-milestones: the plan's four milestones.
public enum WBMilestonesCommand {
    public static let spec = ToolSpec(
        name: "wb-milestones",
        summary: "The plan's four milestones: defaults in Japanese or English, dates as people write them, the plan's rules, and progress joined from the tasks.",
        commands: [MilestonesInit.spec, MilestonesCheck.spec, MilestonesStatus.spec, MilestonesTimeline.spec, MilestonesReport.spec, MilestonesPRFAQ.spec],
        readsMilestonesAsInput: true)
}
