import WBCore

// The front door: `wb tasks ...` runs wb-tasks; called as wb-tasks (a link), it is wb-tasks.
FrontDoor.main()
