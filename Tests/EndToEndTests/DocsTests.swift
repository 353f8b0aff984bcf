import Foundation
import Testing
import WBCore

/// The man pages, completions and README agree with the option tables, and their
/// examples run as written.
struct DocsTests {
    static let tools = [WBTasksCommand.spec, WBMilestonesCommand.spec, WBScoreCommand.spec, WBIcsCommand.spec]

    static func read(_ path: String) throws -> String {
        try String(contentsOf: Harness.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("man page lists every option", arguments: tools.map(\.name))
    func manPageListsEveryOption(_ name: String) throws {
        let spec = Self.tools.first { $0.name == name }!
        let man = try Self.read("man/\(name).1")
        for c in spec.commands {
            if !spec.single { #expect(man.contains(".It Cm \(c.name)"), "\(name).1 does not describe \(c.name)") }
            for o in c.options {
                #expect(man.contains("Fl -\(o.long)"), "\(name).1 lacks --\(o.long) (\(c.name))")
                if let s = o.short { #expect(man.contains("Fl \(s)"), "\(name).1 lacks -\(s)") }
            }
        }
    }

    @Test("completions are generated from the option table", arguments: tools.map(\.name))
    func completionsAreCurrent(_ name: String) throws {
        let spec = Self.tools.first { $0.name == name }!
        for (shell, file) in [("bash", "share/completions/bash/\(name)"), ("zsh", "share/completions/zsh/_\(name)"), ("fish", "share/completions/fish/\(name).fish")] {
            let committed = try Self.read(file)
            #expect(committed == (try Completions.script(spec, shell: shell)), "\(file) is stale: run make completions")
            for c in spec.commands { for o in c.visibleOptions { #expect(committed.contains(o.long), "\(file) lacks --\(o.long)") } }
        }
        let r = try Harness.sh("bash -n share/completions/bash/\(name) && bash -c '. share/completions/bash/\(name) && complete -p \(name)'", in: Harness.root)
        #expect(r.status == 0, "\(r.err)")
        for (shell, file) in [("zsh", "share/completions/zsh/_\(name)"), ("fish", "share/completions/fish/\(name).fish")] {
            let has = try Harness.sh("command -v \(shell)", in: Harness.root)
            if has.status == 0 {
                let c = try Harness.sh("\(shell) -n \(file)", in: Harness.root)
                #expect(c.status == 0, "\(shell) -n \(file): \(c.err)")
            }
        }
        // `--completions zsh --lang ja` describes the options in Japanese, and parses.
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for shell in ["zsh", "fish"] {
            let ja = try Completions.script(spec, shell: shell, lang: .ja)
            #expect(ja.contains("このヘルプを表示して終了する") && !ja.contains("show this help and exit"), "\(shell), ja")
            let file = dir.appendingPathComponent("ja.\(shell)")
            try ja.write(to: file, atomically: true, encoding: .utf8)
            if try Harness.sh("command -v \(shell)", in: dir).status == 0 {
                let c = try Harness.sh("\(shell) -n \(file.path)", in: dir)
                #expect(c.status == 0, "\(shell) -n, ja: \(c.err)")
            }
        }
    }

    /// The installed zsh and fish scripts describe in the locale's language, chosen as
    /// the tools choose it: the first of LC_ALL, LC_MESSAGES, LANG that is set, with
    /// LANGUAGE's preferences before it unless that is C or POSIX.
    @Test func installedCompletionsFollowTheLocale() throws {
        let cases = [(["LANG": "ja_JP.UTF-8"], true), (["LANG": "C"], false), (["LANG": "ja_JP.UTF-8", "LC_ALL": "C"], false),
                     (["LANG": "C", "LC_MESSAGES": "ja_JP.UTF-8"], true), (["LANG": "en_US.UTF-8", "LC_ALL": ""], false),
                     (["LANG": "en_US.UTF-8", "LANGUAGE": "fr:ja:en"], true), (["LANG": "ja_JP.UTF-8", "LANGUAGE": "en_GB:ja"], false),
                     (["LANG": "ja_JP.UTF-8", "LANGUAGE": "fr"], true), (["LANG": "C.UTF-8", "LANGUAGE": "ja"], false)]
        let ja = "= + - @ で始まるセルの先頭にアポストロフィを付けて守る", en = "guard cells starting with = + - @"
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            for (env, isJa) in cases {
                let vars = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
                let r = try Harness.sh("env -u LC_ALL -u LC_MESSAGES -u LANGUAGE \(vars) fish --no-config -c 'source share/completions/fish/wb-tasks.fish; complete -C \"wb-tasks matrix --sa\"'", in: Harness.root)
                #expect(r.status == 0 && r.out.contains(isJa ? ja : en) && !r.out.contains(isJa ? en : ja), "fish \(env): \(r.out)\(r.err)")
            }
        }
        if try Harness.sh("command -v zsh", in: Harness.root).status == 0 {
            for (env, isJa) in cases {
                let vars = env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
                // `_arguments` stubbed: it prints what the completion function hands it.
                let r = try Harness.sh("env -u LC_ALL -u LC_MESSAGES -u LANGUAGE \(vars) zsh -f -c '_arguments() { print -l -- \"$@\"; }; CURRENT=3; words=(wb-tasks matrix \"\"); source share/completions/zsh/_wb-tasks'", in: Harness.root)
                #expect(r.status == 0 && r.out.contains(isJa ? ja : en) && !r.out.contains(isJa ? en : ja), "zsh \(env): \(r.out.prefix(300))\(r.err)")
            }
        }
    }

    /// A menu's description is the help's first clause as written, apostrophes and
    /// brackets kept (`CompletionTextTests` has the rules), in both shells.
    @Test func completionDescriptionsReadAsWritten() throws {
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            let r = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; complete -C \"wb-tasks check --sett\"; complete -C \"wb-tasks matrix --id\"'", in: Harness.root)
            #expect(r.status == 0 && r.out.contains("--settings\tthe plan’s settings (key,value)")
                    && r.out.contains("--ids\tprefix each Todo with its [id]"), "\(r.out)\(r.err)")
        }
        if try Harness.sh("command -v zsh", in: Harness.root).status == 0 {
            let r = try Harness.sh("LANG=C zsh -f -c '_arguments() { print -rl -- \"$@\"; }; CURRENT=4; words=(wb-tasks matrix --id \"\"); source share/completions/zsh/_wb-tasks'", in: Harness.root)
            #expect(r.status == 0 && r.out.contains("--settings[the plan’s settings (key,value)]")
                    && r.out.contains("--ids[prefix each Todo with its \\[id\\]"), "\(r.out.prefix(400))\(r.err)")
        }
    }

    /// An option's values come from its table (`OptionSpec.values`), in every shell;
    /// where a command offers others (`export --to`: the task systems), its own. Bash
    /// completes time zones too, as zsh and fish do.
    @Test func valuesAreCompleted() throws {
        let cases = [("wb-tasks set T3 --status \"\"", "todo doing done blocked"), ("wb-tasks export --to \"\"", "backlog jira github gitlab"),
                     ("wb-tasks fmt --to \"\"", "csv tsv"), ("wb-tasks --lang = \"\"", "ja en"), ("wb-tasks filter -r d", "dev ds"),
                     ("wb-milestones report --format \"\"", "md html"), ("wb-ics --tasks-as \"\"", "event todo"), ("wb-score impact --mode p", "product"),
                     ("wb-ics --tz America/Los_", "America/Los_Angeles"), ("wb-milestones init --tz Asia/Tok", "Asia/Tokyo")]
        for (line, want) in cases {
            let tool = String(line.prefix { $0 != " " })
            let fn = "_" + tool.replacingOccurrences(of: "-", with: "_")
            let r = try Harness.sh("bash -c '. share/completions/bash/\(tool); COMP_WORDS=(\(line)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); \(fn); echo \"${COMPREPLY[*]}\"'", in: Harness.root)
            #expect(r.status == 0 && r.out == want + "\n", "bash [\(line)]: \(r.out)\(r.err)")
        }
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            for (line, want) in [("wb-tasks set T3 --status d", ["doing", "done"]), ("wb-tasks export --to ", ["backlog", "jira", "github", "gitlab"])] {
                let r = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; complete -C \"\(line)\"'", in: Harness.root)
                let words = r.out.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
                #expect(r.status == 0 && Set(words) == Set(want), "fish [\(line)]: \(r.out)\(r.err)")
            }
        }
        let zsh = try Self.read("share/completions/zsh/_wb-tasks")
        #expect(zsh.contains(":STATUS: _wb_tasks_plan statuses todo doing done blocked'") && zsh.contains(":SYSTEM:(backlog jira github gitlab)'"), "zsh")
    }

    /// Where the plan says what a value can be, the completions ask the tool
    /// (`--complete-values`): in a plan's folder, set's first word offers its ids, a list
    /// after what is typed (`--depends-on T1,`), a role the settings declare, the plan's
    /// milestone names, in bash, fish and zsh (zsh's `_describe` stubbed), through `wb`
    /// too. Without the tool on the PATH, the fixed words stand in.
    @Test func completionsOfferThePlansOwnValues() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "key,value\ntasks,plan.csv\nmilestones,ms.csv\nroles,qa:品質保証:QA\n".write(to: dir.appendingPathComponent("settings.csv"), atomically: true, encoding: .utf8)
        try "id,milestone,role,todo,owner\nT1,M1,pm,Report to the CTO,Sato\nT2,M1,dev,Publish the mock,Tanaka\nT3,M2,qa,Test the mock,Sato\n"
            .write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        try "id,name,date\nM1,Sponsor,2026-12-28\nM2,Fans,2027-03-01\n".write(to: dir.appendingPathComponent("ms.csv"), atomically: true, encoding: .utf8)
        let share = Harness.root.appendingPathComponent("share/completions").path
        for (words, want) in [("wb-tasks set \"\"", "T1 T2 T3"), ("wb-tasks set T3 --depends-on T1,", "T1,T2 T1,T3"),
                              ("wb-tasks filter --role pm,q", "pm,qa"), ("wb-tasks --lang ja set T1 --owner S", "Sato"),
                              ("wb-tasks filter -m \"\"", "M1 M2"), ("wb-milestones report -m \"\"", "M1 M2")] {
            let tool = String(words.prefix { $0 != " " })
            let r = try Harness.sh("bash -c '. \(share)/bash/\(tool); COMP_WORDS=(\(words)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _\(tool.replacingOccurrences(of: "-", with: "_")); echo \"${COMPREPLY[*]}\"'", in: dir)
            #expect(r.status == 0 && r.out == want + "\n", "bash [\(words)]: \(r.out)\(r.err)")
        }
        let wb = try Harness.sh("bash -c '. \(share)/bash/wb-tasks; . \(share)/bash/wb; COMP_WORDS=(wb tasks set T); COMP_CWORD=3; _wb; echo \"${COMPREPLY[*]}\"'", in: dir)
        #expect(wb.status == 0 && wb.out == "T1 T2 T3\n", "bash [wb tasks set T]: \(wb.out)\(wb.err)")
        // The tool not found: the roles it knows without a plan, and files for set.
        let bare = try Harness.sh("PATH=/usr/bin:/bin bash -c '. \(share)/bash/wb-tasks; COMP_WORDS=(wb-tasks filter -r d); COMP_CWORD=3; _wb_tasks; echo \"${COMPREPLY[*]}\"'", in: dir)
        #expect(bare.status == 0 && bare.out == "dev ds\n", "bash without the tool: \(bare.out)\(bare.err)")
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            for (line, want) in [("wb-tasks set ", ["T1\tReport to the CTO", "T2\tPublish the mock", "T3\tTest the mock"]),
                                 ("wb-tasks filter --role pm,q", ["pm,qa\tQA"]), ("wb-tasks set T3 --depends-on T3,T", ["T3,T1\tReport to the CTO", "T3,T2\tPublish the mock"]),
                                 ("wb tasks set T2", ["T2\tPublish the mock"])] {
                let r = try Harness.sh("LANG=C fish --no-config -c 'source \(share)/fish/wb-tasks.fish; source \(share)/fish/wb.fish; complete -C \"\(line)\"'", in: dir)
                #expect(r.status == 0 && Set(r.out.split(separator: "\n").map(String.init)) == Set(want), "fish [\(line)]: \(r.out)\(r.err)")
            }
        }
        if try Harness.sh("command -v zsh", in: Harness.root).status == 0 {
            let r = try Harness.sh("LANG=C zsh -f -c '_arguments() { :; }; _describe() { print -rl -- \"${(@P)4}\"; }; words=(wb-tasks filter --role \"pm,q\"); CURRENT=4; source \(share)/zsh/_wb-tasks; PREFIX=pm,q; _wb_tasks_plan roles'", in: dir)
            #expect(r.status == 0 && r.out.contains("pm,qa:QA") && r.out.contains("pm,dev:Developer"), "zsh: \(r.out)\(r.err)")
            let spec = try Self.read("share/completions/zsh/_wb-tasks")
            #expect(spec.contains("'*:file: _wb_tasks_plan_operand ids'") && spec.contains(":ROLE: _wb_tasks_plan roles pm dev ds"), "zsh specs")
            // set's first operand: the ids, also after a file given first (-i plan.csv); files after the ids.
            for (words, want, not) in [("wb-tasks set \"\"", "T1:Report", "files"), ("wb-tasks --lang ja set -i plan.csv T", "T2:Publish", "files"),
                                       ("wb-tasks set T1 \"\"", "files", "T1:")] {
                let r = try Harness.sh("LANG=C zsh -f -c '_arguments() { :; }; _files() { print files; }; _describe() { print -rl -- \"${(@P)4}\"; }; words=(\(words)); CURRENT=${#words}; source \(share)/zsh/_wb-tasks; _wb_tasks_plan_operand ids'", in: dir)
                #expect(r.status == 0 && r.out.contains(want) && !r.out.contains(not), "zsh [\(words)]: \(r.out)\(r.err)")
            }
        }
    }

    /// fish shows an option's description beside each of its values unless a value
    /// has one of its own: the fixed values and the zones come with an empty one, the
    /// plan's with theirs (`pm	Product manager`), the option keeps its description.
    /// After an option whose value is text of its own (a date, a number, a name), no
    /// file is offered; after one that takes a file, the files are.
    @Test func freeTextOptionsOfferNoFiles() throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "id,milestone,role,todo\n".write(to: dir.appendingPathComponent("plan.csv"), atomically: true, encoding: .utf8)
        let share = Harness.root.appendingPathComponent("share/completions").path
        for (words, want) in [("wb-tasks check --today \"\"", ""), ("wb-tasks set T1 --due=\"\"", ""), ("wb-ics --meeting \"\"", ""),
                              ("wb-score gate --solved \"\"", ""), ("wb-tasks check --milestones \"\"", "plan.csv")] {
            let tool = String(words.prefix { $0 != " " })
            let r = try Harness.sh("bash -c '. \(share)/bash/\(tool); COMP_WORDS=(\(words)); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _\(tool.replacingOccurrences(of: "-", with: "_")); echo \"${COMPREPLY[*]}\"'", in: dir)
            #expect(r.status == 0 && (want.isEmpty ? r.out == "\n" : r.out.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains { String($0) == want }),
                    "bash [\(words)]: \(r.out)\(r.err)")
        }
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            for (line, want) in [("wb-tasks check --today ", ""), ("wb-milestones status --today ", ""), ("wb-tasks check --milestones ", "plan.csv")] {
                let tool = String(line.prefix { $0 != " " })
                let r = try Harness.sh("LANG=C fish --no-config -c 'source \(share)/fish/\(tool).fish; complete -C \"\(line)\"'", in: dir)
                #expect(r.status == 0 && (want.isEmpty ? r.out.isEmpty : r.out.split(separator: "\n").contains { String($0) == want }),
                        "fish [\(line)]: \(r.out)\(r.err)")
            }
        }
    }

    @Test func fishOffersValuesWithoutTheOptionsDescription() throws {
        guard try Harness.sh("command -v fish", in: Harness.root).status == 0 else { return }
        for (tool, line, want) in [("wb-tasks", "wb-tasks fmt --to ", ["csv", "tsv"]), ("wb-tasks", "wb-tasks --lang ", ["en", "ja"]),
                                   ("wb-ics", "wb-ics --tz America/Los_", ["America/Los_Angeles"]),
                                   // Not on PATH here: the fixed words, said quietly.
                                   ("wb-tasks", "wb-tasks set T3 --status d", ["doing", "done"])] {
            let r = try Harness.sh("LANG=C PATH=/usr/bin:/bin fish --no-config -c 'source share/completions/fish/\(tool).fish; complete -C \"\(line)\"'", in: Harness.root)
            #expect(r.status == 0 && r.out.split(separator: "\n").map(String.init).sorted() == want && r.err.isEmpty, "fish [\(line)]: \(r.out)\(r.err)")
        }
        let r = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; complete -C \"wb-tasks fmt --t\"'", in: Harness.root)
        #expect(r.out.contains("--to\toutput format"), "fish: \(r.out)")
    }

    /// A time zone and a language are completed from what they can be: the system's
    /// zones (zsh's own `_time_zone`; fish lists the zone files) and ja or en.
    @Test func zonesAndLanguagesAreCompleted() throws {
        for name in ["wb-ics", "wb-milestones"] {
            let zsh = try Self.read("share/completions/zsh/_\(name)")
            #expect(zsh.contains("]:ZONE:_time_zone'") && zsh.contains("]:LANG:(ja en)'"), "\(name): zsh")
        }
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            for (tool, line, want, not) in [("wb-ics", "wb-ics --tz America/Los_", "America/Los_Angeles", "posix/"),
                                             ("wb-ics", "wb-ics --lang ", "ja", "--tz"),
                                             ("wb-tasks", "wb-tasks fmt --lang ", "en", "--to")] {
                let r = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/\(tool).fish; complete -C \"\(line)\"'", in: Harness.root)
                let words = r.out.split(separator: "\n").map { $0.prefix { $0 != "\t" } }
                #expect(r.status == 0 && words.contains { $0 == want } && !r.out.contains(not), "fish [\(line)]: \(r.out)\(r.err)")
            }
        }
    }

    /// The tools read options before the command (`wb-tasks --lang ja matrix`), so the
    /// completions find the command after them, skipping option values; with no
    /// command yet, they offer the commands, or the options every command has.
    @Test func completionsFindTheCommandAfterOptions() throws {
        // bash: the function run on prepared words (`--lang=ja` comes as three).
        for (words, want, not) in [("wb-tasks --lang ja matrix --sa", "--safe", "--iso-dates"),
                                   ("wb-tasks --lang = ja -o g.csv matrix --sa", "--safe", "--iso-dates"),
                                   ("wb-tasks --lang ja ma", "matrix", "--safe"),
                                   ("wb-tasks --team A --la", "--lang", "--safe")] {
            let r = try Harness.sh("bash -c '. share/completions/bash/wb-tasks; COMP_WORDS=(\(words)); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _wb_tasks; echo \"${COMPREPLY[*]}\"'", in: Harness.root)
            #expect(r.status == 0 && r.out.contains(want) && !r.out.contains(not), "bash [\(words)]: \(r.out)\(r.err)")
        }
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            for (line, want, not) in [("wb-tasks --lang ja matrix --sa", "--safe", "--iso-dates"), ("wb-tasks --lang ja ma", "matrix", "--safe"),
                                      ("wb-tasks -o g.csv --la", "--lang", "--safe"), ("wb-tasks fmt --iso", "--iso-dates", "--safe")] {
                let r = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; complete -C \"\(line)\"'", in: Harness.root)
                #expect(r.status == 0 && r.out.contains(want) && !r.out.contains(not), "fish [\(line)]: \(r.out)\(r.err)")
            }
        }
        if try Harness.sh("command -v zsh", in: Harness.root).status == 0 {
            // `_arguments` and `_describe` stubbed: they print what they are handed.
            for (words, want, not) in [("wb-tasks --lang ja matrix ''", "--safe", "--iso-dates"), ("wb-tasks --lang ja ''", "describe command", "--safe"),
                                       ("wb-tasks --la", "--lang[", "--safe")] {
                let r = try Harness.sh("LANG=C zsh -f -c '_arguments() { print -l -- \"$@\"; }; _describe() { print describe $@; }; words=(\(words.replacingOccurrences(of: "'", with: "\"\""))); CURRENT=${#words}; source share/completions/zsh/_wb-tasks'", in: Harness.root)
                #expect(r.status == 0 && r.out.contains(want) && !r.out.contains(not), "zsh [\(words)]: \(r.out.prefix(300))\(r.err)")
            }
        }
    }

    /// `wb TOOL ...` completes as the tool does past the tool's name: `wb tasks matrix
    /// --sa` offers --safe (the tool's script loaded, as bash-completion and fish load it).
    @Test func wbCompletesThroughTheTool() throws {
        let bash = try Harness.sh("bash -c '. share/completions/bash/wb-tasks; . share/completions/bash/wb; COMP_WORDS=(wb tasks --lang ja matrix --sa); COMP_CWORD=5; _wb; echo \"${COMPREPLY[*]}\"'", in: Harness.root)
        #expect(bash.status == 0 && bash.out == "--safe\n", "bash: \(bash.out)\(bash.err)")
        if try Harness.sh("command -v fish", in: Harness.root).status == 0 {
            let r = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; source share/completions/fish/wb.fish; complete -C \"wb tasks matrix --sa\"'", in: Harness.root)
            #expect(r.status == 0 && r.out.hasPrefix("--safe\t"), "fish: \(r.out)\(r.err)")
            let help = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb.fish; complete -C \"wb help \"'", in: Harness.root)
            #expect(help.out.contains("tasks") && !help.out.contains("README"), "fish, wb help: \(help.out)")
            // Past the command only the tool's values: not its commands again, nor files.
            let to = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; source share/completions/fish/wb.fish; complete -C \"wb tasks fmt --to \"'", in: Harness.root)
            #expect(to.out == "csv\ntsv\n", "fish, wb tasks fmt --to: \(to.out)\(to.err)")
            let commands = try Harness.sh("LANG=C fish --no-config -c 'source share/completions/fish/wb-tasks.fish; source share/completions/fish/wb.fish; complete -C \"wb tasks f\"'", in: Harness.root)
            #expect(commands.out.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) } == ["filter", "fmt"], "fish, wb tasks f: \(commands.out)")
        }
        if try Harness.sh("command -v zsh", in: Harness.root).status == 0 {
            // `_normal` stubbed: it prints the words it would complete as a command line.
            let r = try Harness.sh("zsh -f -c '_normal() { print \"$words[*] $CURRENT\"; }; words=(wb tasks matrix --sa); CURRENT=4; source share/completions/zsh/_wb'", in: Harness.root)
            #expect(r.status == 0 && r.out == "wb-tasks matrix --sa 3\n", "zsh: \(r.out)\(r.err)")
        }
    }

    /// `$ command` lines of a man page's EXAMPLES, in order.
    static func manExamples(_ name: String) -> [String] {
        guard let man = try? read("man/\(name).1"), let ex = man.range(of: ".Sh EXAMPLES") else { return [] }
        let section = man[ex.upperBound...]
        let end = section.range(of: "\n.Sh ").map { section[..<$0.lowerBound] } ?? section
        return end.split(separator: "\n").filter { $0.hasPrefix("$ ") }
            .map { String($0.dropFirst(2)).replacingOccurrences(of: "\\e", with: "\\") }
    }

    /// Each page's examples run in order in one scratch folder (later ones use what
    /// earlier ones wrote), each exiting 0 and printing or writing something.
    @Test("man page examples run", arguments: tools.map(\.name))
    func manExamplesRun(_ name: String) throws {
        let cmds = Self.manExamples(name)
        #expect(cmds.count >= 3, "\(name).1 has \(cmds.count) examples")
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for cmd in cmds {
            let r = try Harness.sh(cmd, in: dir)
            #expect(r.status == 0, "\(cmd)\n\(r.err)")
            #expect(!r.out.isEmpty || cmd.contains("-o ") || cmd.contains(" -i ") || cmd.contains(">") || cmd.hasPrefix("cp "), "\(cmd) printed nothing")
        }
    }

    /// README blocks fenced as ```console: `$ command` lines, each followed by its
    /// exact output (stdout and stderr). A block's commands run in order in one folder;
    /// a block after `<!-- continues -->` runs on in the folder of the block before it.
    static let readmeBlocks = consoleBlocks("README.md")
    /// The Japanese guide's blocks, read the same way.
    static let guideBlocks = consoleBlocks("share/doc/guide-ja.md")

    static func consoleBlocks(_ file: String) -> [[(cmd: String, out: String)]] {
        guard let text = try? read(file) else { return [] }
        var blocks: [[(String, String)]] = []
        var cur: [(String, String)] = []
        var inBlock = false
        var cmd: String?
        var body: [String] = []
        func flush() { if let c = cmd { cur.append((c, body.map { $0 + "\n" }.joined())) }; cmd = nil; body = [] }
        var continues = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "<!-- continues -->" { continues = true; continue }
            if line == "```console" { inBlock = true; continue }
            if inBlock && line == "```" {
                flush()
                if continues && !blocks.isEmpty { blocks[blocks.count - 1] += cur } else { blocks.append(cur) }
                cur = []; inBlock = false; continues = false
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ ") { flush(); cmd = String(line.dropFirst(2)) } else { body.append(line) }
        }
        return blocks
    }

    /// wb(7) THE GRID renders as prose: the nested quoting that groff garbled is gone.
    @Test func theGridSectionRenders() throws {
        let r = try Harness.sh("command -v groff >/dev/null || exit 0; preconv man/wb.7 | groff -mandoc -Tutf8 2>/dev/null | sed 's/.\\x08//g' | sed -n '/^THE GRID/,/^MILESTONES/p'", in: Harness.root)
        if r.out.isEmpty { print("skipped: groff is not installed"); return }
        let text = r.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("The first column is the milestone, written ‘M1’ or, with labels, ‘M1 スポンサーの獲得’; the header names the roles."), "\(text)")
        #expect(!text.contains(" No ") && !text.contains("Ql"))
    }

    /// Every command's help lists the exit statuses (70 included) and ends with its
    /// examples; the man pages and the README list the same statuses.
    @Test("help, man page and README agree on exit statuses", arguments: tools.map(\.name))
    func exitStatusesAndExamplesInHelp(_ name: String) throws {
        let spec = Self.tools.first { $0.name == name }!
        for c in spec.commands {
            let out = Output.memory()
            let args = spec.single ? ["--help"] : [c.name, "--help"]
            _ = Tool.run(spec, arguments: args, stdinFD: 0, stdout: out, stderr: Output.memory(), env: [:])
            let help = out.capturedString
            // Folded to 78 columns: compared with its line breaks as spaces.
            func words(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            #expect(words(help).contains(words(ExitCode.summary)), "\(name) \(c.name) --help lacks the exit statuses")
            let lines = help.split(separator: "\n")
            let ex = lines.firstIndex(of: "Examples:")
            #expect(ex != nil, "\(name) \(c.name) --help has no examples")
            if let ex { #expect(lines[(ex + 1)...].allSatisfy { $0.hasPrefix("  $ ") }, "\(name) \(c.name) --help does not end with its examples") }
        }
        let man = try Self.read("man/\(name).1")
        let section = man.components(separatedBy: ".Sh EXIT STATUS")[1].components(separatedBy: "\n.Sh ")[0]
        for code in ["0", "64", "65", "66", "70", "73", "74"] { #expect(section.contains(code), "\(name).1 EXIT STATUS lacks \(code)") }
        let readme = try Self.read("README.md").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let summary = ExitCode.summary.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(readme.contains(summary), "README's exit statuses differ from --help's")
    }

    @Test func readmeHasExamples() { #expect(Self.readmeBlocks.flatMap { $0 }.count >= 8) }

    @Test("README block prints what the README shows", arguments: Array(readmeBlocks.indices))
    func readmeBlock(_ i: Int) throws { try Self.runBlock(Self.readmeBlocks[i]) }

    /// The Japanese guide walks a plan from the room to the report in Japanese; its
    /// outputs are checked as the README's are.
    @Test func guideHasExamples() {
        #expect(Self.guideBlocks.flatMap { $0 }.count >= 15)
        #expect(Self.guideBlocks.flatMap { $0 }.contains { $0.cmd.contains("--lang ja") })
    }

    @Test("the Japanese guide's block prints what the guide shows", arguments: Array(guideBlocks.indices))
    func guideBlock(_ i: Int) throws { try Self.runBlock(Self.guideBlocks[i]) }

    static func runBlock(_ block: [(cmd: String, out: String)]) throws {
        let dir = try Harness.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (cmd, expected) in block {
            let r = try Harness.sh(cmd + " 2>&1", in: dir)
            #expect(r.out == expected, "\(cmd)")
        }
    }
}

/// The front door's completions are generated, current, and parse in each shell.
struct FrontDoorDocsTests {
    @Test func wbCompletionsAreCurrentAndParse() throws {
        for (shell, file) in [("bash", "share/completions/bash/wb"), ("zsh", "share/completions/zsh/_wb"), ("fish", "share/completions/fish/wb.fish")] {
            let committed = try DocsTests.read(file)
            #expect(committed == (try FrontDoor.completions(shell)), "\(file) is stale: run make completions")
            let has = try Harness.sh("command -v \(shell)", in: Harness.root)
            if has.status == 0 {
                let c = try Harness.sh("\(shell) -n \(file)", in: Harness.root)
                #expect(c.status == 0, "\(shell) -n \(file): \(c.err)")
            }
        }
        let r = try Harness.sh("bash -c '. share/completions/bash/wb && complete -p wb'", in: Harness.root)
        #expect(r.status == 0, "\(r.err)")
        let man = try DocsTests.read("man/wb.7")
        #expect(man.contains(".Sh THE WB COMMAND"))
    }
}
