#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `wb`, the front door: the four tools, the workflow, and `wb TOOL ...` to run one.
/// Called by the name of a tool (a link named wb-tasks), it is that tool.
public enum FrontDoor {
    public static let tools: [(name: String, spec: ToolSpec)] = [
        ("tasks", WBTasksCommand.spec), ("milestones", WBMilestonesCommand.spec),
        ("score", WBScoreCommand.spec), ("ics", WBIcsCommand.spec),
    ]

    /// `wb --help` without its last line (the exit statuses, in the run's language).
    public static let overview = """
        usage: wb <tool> [command] [options] [file]
               wb help <tool> [command]
               wb --version

        wb keeps a launch plan from an ML Enablement Workshop in CSV/TSV files.

        Tools:
          tasks        the task list: the grid for spreadsheets and its lossless merge, set, add, filter,
                       check, export to and import from Backlog, Jira, GitHub and GitLab, split and merge
          milestones   the four milestones: init, check, status, timeline, the report for the executive,
                       the PR/FAQ draft
          score        gates from mock tests, market sizing, question impact, invention ranking
          ics          an RFC 5545 calendar of the plan that updates in place

        The workflow:
          1. grid      wb tasks template > grid.csv; fill it in the room; wb tasks unmatrix grid.csv > plan.csv
          2. settings  wb milestones init --start 2026-12-03 --settings settings.csv -o milestones.csv
          3. check     wb tasks check --milestones milestones.csv plan.csv
          4. calendar  wb ics --tasks plan.csv milestones.csv -o plan.ics
          5. weekly    wb tasks set T3 --status done -i plan.csv; wb ics ... --previous plan.ics
          6. report    wb milestones report --tasks plan.csv milestones.csv -o report.html

        `wb tasks ...` is `wb-tasks ...`. Docs: man wb (formats, settings, exit statuses),
        man wb-tasks, wb-milestones, wb-score, wb-ics; wb help <tool>.

        """

    /// The process entry point.
    public static func main() -> Never {
        let env = Tool.environment()
        let out = Output(fd: 1, hold: true)
        let err = Output(fd: 2, immediate: true)
        let argv0 = CommandLine.arguments.first.map { String($0.split(separator: "/").last ?? "") } ?? "wb"
        let status = run(name: argv0, arguments: Array(CommandLine.arguments.dropFirst()), stdinFD: 0, stdout: out, stderr: err, env: env)
        try? err.flush()
        exit(status)
    }

    /// The tool called `s` (tasks or wb-tasks…). Only that tool's spec is built: a
    /// run starts sooner than if all four were (a test checks this matches `tools`).
    static func tool(_ s: String) -> ToolSpec? {
        switch s {
        case "tasks", "wb-tasks": return WBTasksCommand.spec
        case "milestones", "wb-milestones": return WBMilestonesCommand.spec
        case "score", "wb-score": return WBScoreCommand.spec
        case "ics", "wb-ics": return WBIcsCommand.spec
        default: return nil
        }
    }

    /// Runs `wb` in process.
    public static func run(name: String, arguments: [String], stdinFD: Int32, stdout: Output, stderr: Output, env: [String: String]) -> Int32 {
        if let spec = tool(name) {
            return Tool.run(spec, arguments: arguments, stdinFD: stdinFD, stdout: stdout, stderr: stderr, env: env)
        }
        // `wb --lang ja tasks …`: a leading --lang moves to the end, where the tool reads it.
        if let first = arguments.first, first == "--lang" || first.hasPrefix("--lang=") {
            let n = first == "--lang" ? min(2, arguments.count) : 1
            let rest = arguments.dropFirst(n)
            return run(name: name, arguments: (rest.isEmpty ? ["--help"] : Array(rest)) + arguments.prefix(n),
                       stdinFD: stdinFD, stdout: stdout, stderr: stderr, env: env)
        }
        // The overview and errors in --lang's language, the settings' or the locale's,
        // as a tool's are.
        let ahead = PlanSettings.readAhead(settingsOption: Lang.scan(arguments, "settings"), env: env)
        return Lang.$current.withValue(Lang.ofRun(arguments, env: env, settings: ahead?.settings)) {
            PlanSettings.$readAhead.withValue(ahead) {
                door(arguments, stdinFD: stdinFD, stdout: stdout, stderr: stderr, env: env)
            }
        }
    }

    private static func door(_ arguments: [String], stdinFD: Int32, stdout: Output, stderr: Output, env: [String: String]) -> Int32 {
        func overviewText() -> String {
            HelpCatalogue.text(overview) + TextWrap.fold(ExitCode.summary, indent: 0, width: TextWrap.helpWidth(stdout, env: env),
                                                        ambiguousWide: TextWrap.ambiguousWide(env: env)) + "\n"
        }
        guard let first = arguments.first else { stdout.write(overviewText()); return finish(stdout, stderr) }
        switch first {
        case "--help", "-h":
            stdout.write(overviewText())
            return finish(stdout, stderr)
        case "help":
            guard arguments.count > 1 else { stdout.write(overviewText()); return finish(stdout, stderr) }
            guard let spec = tool(arguments[1]) else { return unknown(arguments[1], stderr) }
            let command = arguments.dropFirst(2).first { !$0.hasPrefix("-") && $0 != Lang.scan(arguments) }
            let lang = Lang.scan(arguments).map { ["--lang", $0] } ?? []
            return Tool.run(spec, arguments: (command.map { [$0] } ?? []) + ["--help"] + lang,
                            stdinFD: stdinFD, stdout: stdout, stderr: stderr, env: env)
        case "--version", "-V":
            stdout.write("wb \(wbVersion)\n")
            return finish(stdout, stderr)
        case "--completions":
            do { stdout.write(try completions(arguments.count > 1 ? arguments[1] : "")) } catch let e as WBError {
                stderr.write(e.render(tool: "wb"))
                return e.code.rawValue
            } catch { return ExitCode.internalError.rawValue }
            return finish(stdout, stderr)
        default:
            guard let spec = tool(first) else { return unknown(first, stderr) }
            return Tool.run(spec, arguments: Array(arguments.dropFirst()), stdinFD: stdinFD, stdout: stdout, stderr: stderr, env: env)
        }
    }

    static func unknown(_ s: String, _ stderr: Output) -> Int32 {
        stderr.write(WBError.usage(L("unknown tool '\(s)'") + Suggest.clause(s, among: tools.map(\.name)) + L("; the tools are tasks, milestones, score and ics")).render(tool: "wb"))
        return ExitCode.usage.rawValue
    }

    static func finish(_ out: Output, _ err: Output) -> Int32 {
        do { try out.flush() } catch let e as WBError { err.write(e.render(tool: "wb")); return e.code.rawValue } catch { return ExitCode.ioError.rawValue }
        return 0
    }

    /// Completions for `wb`: the tools, then each tool's commands.
    public static func completions(_ shell: String) throws -> String {
        let names = tools.map(\.name).joined(separator: " ")
        switch shell {
        case "bash":
            var s = "# bash completion for wb (generated by 'wb --completions bash')\n_wb() {\n  local cur=\"${COMP_WORDS[COMP_CWORD]}\"\n"
            s += "  if [ \"$COMP_CWORD\" -eq 1 ]; then COMPREPLY=( $(compgen -W \"\(names) help --help --version\" -- \"$cur\") ); return; fi\n"
            s += "  if [ \"$COMP_CWORD\" -eq 2 ]; then case \"${COMP_WORDS[1]}\" in\n"
            for t in tools where !t.spec.single {
                s += "    \(t.name)) COMPREPLY=( $(compgen -W \"\(t.spec.commands.map(\.name).joined(separator: " "))\" -- \"$cur\") ); return ;;\n"
            }
            s += "    help) COMPREPLY=( $(compgen -W \"\(names)\" -- \"$cur\") ); return ;;\n  esac; fi\n"
            // Past the command, the tool's own completion: `wb tasks matrix --sa` as
            // `wb-tasks matrix --sa` (loaded by bash-completion when not yet).
            s += "  case \"${COMP_WORDS[1]}\" in \(tools.map(\.name).joined(separator: "|")))\n"
            s += "    local fn=\"_wb_${COMP_WORDS[1]}\"\n"
            s += "    declare -F \"$fn\" >/dev/null || { declare -F _completion_loader >/dev/null && _completion_loader \"wb-${COMP_WORDS[1]}\"; }\n"
            s += "    if declare -F \"$fn\" >/dev/null; then\n"
            s += "      COMP_WORDS=(\"wb-${COMP_WORDS[1]}\" \"${COMP_WORDS[@]:2}\"); COMP_CWORD=$((COMP_CWORD - 1)); \"$fn\"; return\n    fi ;;\n  esac\n"
            s += "  COMPREPLY=( $(compgen -f -- \"$cur\") )\n}\ncomplete -o default -F _wb wb\n"
            return s
        case "zsh":
            var s = "#compdef wb\n# zsh completion for wb (generated by 'wb --completions zsh')\n_wb() {\n  if (( CURRENT == 2 )); then\n    _values 'tool' \(tools.map { "'\($0.name)'" }.joined(separator: " ")) 'help'\n"
            s += "  elif (( CURRENT == 3 )); then\n    case $words[2] in\n"
            for t in tools where !t.spec.single {
                s += "      \(t.name)) _values 'command' \(t.spec.commands.map { "'\($0.name)'" }.joined(separator: " ")) ;;\n"
            }
            // Past the command, the tool's own completion (`wb tasks` is `wb-tasks`).
            s += "      *) _files ;;\n    esac\n  else\n    case $words[2] in\n"
            s += "      \(tools.map(\.name).joined(separator: "|"))) words=(wb-$words[2] \"${(@)words[3,-1]}\"); (( CURRENT-- )); _normal ;;\n"
            s += "      *) _files ;;\n    esac\n  fi\n}\n_wb \"$@\"\n"
            return s
        case "fish":
            var s = "# fish completion for wb (generated by 'wb --completions fish')\n"
            s += "complete -c wb -f -n '__fish_use_subcommand' -a '\(names) help'\n"
            s += "complete -c wb -f -n '__fish_seen_subcommand_from help' -a '\(names)'\n"
            // A tool's commands right after it (the tool's own completion describes
            // them, when loaded); past that, only what the tool's completion offers: no
            // file names of wb's own, which fish would add to the tool's values.
            for t in tools where !t.spec.single {
                s += "complete -c wb -f -n '__fish_seen_subcommand_from \(t.name); and test (count (commandline -opc)) -eq 2' -a '\(t.spec.commands.map(\.name).joined(separator: " "))'\n"
            }
            // Past the tool, the tool's own completion (`wb tasks` is `wb-tasks`).
            s += "function __wb_tool_words\n    set -l w (commandline -opc)\n    contains -- $w[2] \(names); or return 1\n"
            s += "    complete -C (string join ' ' -- wb-$w[2] $w[3..-1] (commandline -ct))\nend\n"
            s += "complete -c wb -f -n 'test (count (commandline -opc)) -ge 2' -a '(__wb_tool_words)'\n"
            return s
        default:
            throw WBError.usage(L("--completions takes bash, zsh or fish, not '\(shell)'"))
        }
    }
}
