public enum WBIcsCommand {
    public static let spec = ToolSpec(name: "wb-ics", summary: "Calendar.", commands: [])
}
