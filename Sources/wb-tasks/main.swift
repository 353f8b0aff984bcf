import WBCore

// Thin entry point: all behaviour lives in WBCore so it can be tested in process.
Tool.main(WBTasksCommand.spec)
