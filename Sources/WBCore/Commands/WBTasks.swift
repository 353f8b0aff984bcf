/// wb-tasks: the task list.
public enum WBTasksCommand {
    public static let spec = ToolSpec(
        name: "wb-tasks",
        summary: "The plan's task list: convert CSV and TSV, pivot to the role x milestone matrix and merge it back, filter, add, and review the plan.",
        commands: [TasksFmt.spec, TasksCheck.spec, TasksMatrix.spec, TasksUnmatrix.spec,
                   TasksFilter.spec, TasksAdd.spec, TasksSet.spec, TasksTemplate.spec, TasksExport.spec, TasksImport.spec, TasksSplit.spec, TasksMerge.spec])
}
