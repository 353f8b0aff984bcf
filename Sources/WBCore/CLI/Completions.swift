/// Shell completions generated from the option tables, so they always list every option.
/// The zsh and fish scripts describe commands and options in words: in `lang` when one
/// is given (`--completions zsh --lang ja`), else in both languages, the script choosing
/// by the shell's locale as the tools do (`Lang.fromEnvironment`: the first of LC_ALL,
/// LC_MESSAGES and LANG that is set, LANGUAGE's preferences before it unless that is
/// C or POSIX; Japanese when it starts with `ja`). The installed scripts are the
/// latter. Bash completes words only.
public enum Completions {
    public static func script(_ spec: ToolSpec, shell: String, lang: Lang? = nil) throws -> String {
        switch shell {
        case "bash": return bash(spec)
        case "zsh":
            if let lang { return Lang.$current.withValue(lang) { zsh(spec) } }
            return zshBilingual(spec)
        case "fish":
            if let lang { return Lang.$current.withValue(lang) { fish(spec) } }
            return fishBilingual(spec)
        default: throw WBError.usage(L("--completions takes bash, zsh or fish, not '\(shell)'"))
        }
    }

    static func fn(_ spec: ToolSpec) -> String { "_" + spec.name.replacingOccurrences("-", "_") }

    static func flags(_ c: CommandSpec) -> [String] {
        c.visibleOptions.flatMap { o in ["--" + o.long] + (o.short.map { ["-\($0)"] } ?? []) }
    }

    /// A help text as a completion menu shows it beside an option or a command: its
    /// first clause (up to `;`, a sentence's `.` or `。`, outside parentheses), at most
    /// 70 characters, cut after a word (or, in text without spaces, at the limit) with `…`.
    /// Its apostrophes become ’, so that it sits in a single-quoted shell word.
    static func brief(_ s: String) -> String {
        var out = "", depth = 0
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth = max(0, depth - 1) }
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            // A full stop ends a sentence before a capital, not in "e.g. --role".
            let sentence = c == "." && next == " " && (i + 2 < chars.count ? chars[i + 2].isUppercase : true)
            if depth == 0, c == "。" || c == "；" || sentence || (c == ";" && next == " ") { break }
            out.append(c == "'" ? "’" : c)
        }
        let limit = 70
        guard out.count > limit else { return out }
        let head = out.prefix(limit - 1)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return String(cut) + "…"
    }

    /// `brief` in a zsh `_arguments` spec or `_describe` item (single-quoted): a
    /// backslash and the brackets escaped, as `_arguments` reads them.
    static func zshText(_ s: String) -> String {
        var out = ""
        for c in brief(s) {
            if c == "\\" || c == "[" || c == "]" { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// `brief` in a fish single-quoted word: a backslash escaped.
    static func fishText(_ s: String) -> String {
        brief(s).replacingOccurrences("\\", "\\\\")
    }

    /// The words that take a value (`--output`, `-o`), in any of the tool's commands:
    /// the scripts skip them and their values when they look for the command, which
    /// may come after options (`wb-tasks --lang ja fmt`), as the tools read it.
    static func valued(_ spec: ToolSpec) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for c in spec.commands {
            for o in c.options where o.argument != nil {
                for w in ["--" + o.long] + (o.short.map { ["-\($0)"] } ?? []) where seen.insert(w).inserted { out.append(w) }
            }
        }
        return out
    }

    /// The options every command has (settings, language, output...): offered before
    /// a command is given.
    static func common(_ spec: ToolSpec) -> [OptionSpec] {
        let first = spec.commands[0].visibleOptions
        return first.filter { o in o.long != "help" && spec.commands.allSatisfy { $0.visibleOptions.contains { $0.long == o.long } } }
    }

    /// True when some option or operand of the tool takes its values from the plan.
    static func asksThePlan(_ spec: ToolSpec) -> Bool {
        spec.commands.contains { c in c.firstOperand != nil || c.visibleOptions.contains { $0.plan != nil } }
    }

    /// The bash function that offers what the plan says a value can be (`PlanCandidates`,
    /// through the tool's `--complete-values`), matching the word being completed; the
    /// fixed words given after the kind where the tool gives none (not on the PATH).
    static func bashPlan(_ spec: ToolSpec) -> String {
        var s = "\(fn(spec))_plan() {\n  local c=\"$cur\" line\n  [ \"$c\" = \"=\" ] && c=\n  COMPREPLY=()\n"
        s += "  while IFS= read -r line; do\n    line=${line%%$'\\t'*}\n    [[ $line == \"$c\"* ]] && COMPREPLY+=(\"$line\")\n"
        s += "  done < <(\"${COMP_WORDS[0]}\" --complete-values \"$1\" \"$c\" \"${COMP_WORDS[@]:1:COMP_CWORD-1}\" 2>/dev/null)\n"
        s += "  [ ${#COMPREPLY[@]} -eq 0 ] && [ $# -gt 1 ] && COMPREPLY=( $(compgen -W \"${*:2}\" -- \"$c\") )\n  return 0\n}\n"
        return s
    }

    static func bash(_ spec: ToolSpec) -> String {
        var s = "# bash completion for \(spec.name) (generated by '\(spec.name) --completions bash')\n"
        if asksThePlan(spec) { s += bashPlan(spec) }
        s += "\(fn(spec))() {\n  local cur=\"${COMP_WORDS[COMP_CWORD]}\" opts\n"
        if spec.single {
            s += bashValues(spec)
            s += "  opts=\"\(flags(spec.commands[0]).joined(separator: " ")) --version\"\n"
        } else {
            // The command: the first word that is neither an option nor an option's
            // value (`--lang=ja` comes as three words, `=` the second).
            s += "  local cmd=\"\" i w\n  for (( i = 1; i < COMP_CWORD; i++ )); do\n    w=\"${COMP_WORDS[i]}\"\n    case \"$w\" in\n"
            s += "      \(valued(spec).joined(separator: "|")))\n"
            s += "        if [ \"${COMP_WORDS[i+1]}\" = \"=\" ]; then (( i += 2 )); else (( i++ )); fi ;;\n"
            s += "      -*) ;;\n      *) cmd=\"$w\"; break ;;\n    esac\n  done\n"
            s += bashValues(spec)
            let commonFlags = common(spec).flatMap { o in ["--" + o.long] + (o.short.map { ["-\($0)"] } ?? []) }
            s += "  if [ -z \"$cmd\" ]; then\n    if [[ \"$cur\" == -* ]]; then\n"
            s += "      COMPREPLY=( $(compgen -W \"\(commonFlags.joined(separator: " ")) --help --version\" -- \"$cur\") )\n"
            s += "    else\n      COMPREPLY=( $(compgen -W \"\(spec.commands.map(\.name).joined(separator: " "))\" -- \"$cur\") )\n    fi\n    return\n  fi\n"
            s += "  case \"$cmd\" in\n"
            for c in spec.commands { s += "    \(c.name)) opts=\"\(flags(c).joined(separator: " "))\" ;;\n" }
            s += "    *) opts=\"\" ;;\n  esac\n"
            // A first operand the plan names (set's ids): offered until one is given.
            for c in spec.commands {
                guard let kind = c.firstOperand else { continue }
                s += "  if [ \"$cmd\" = \(c.name) ] && [[ \"$cur\" != -* ]]; then\n    local n=0 j\n"
                s += "    for (( j = i + 1; j < COMP_CWORD; j++ )); do\n      case \"${COMP_WORDS[j]}\" in\n"
                s += "        \(valued(spec).joined(separator: "|")))\n"
                s += "          if [ \"${COMP_WORDS[j+1]}\" = \"=\" ]; then (( j += 2 )); else (( j++ )); fi ;;\n"
                s += "        -*) ;;\n        *) [ -f \"${COMP_WORDS[j]}\" ] || (( n++ )) ;;\n      esac\n    done\n"
                s += "    if (( n == 0 )); then \(fn(spec))_plan \(kind.rawValue); [ ${#COMPREPLY[@]} -gt 0 ] && return; fi\n  fi\n"
            }
        }
        s += "  if [[ \"$cur\" == -* ]]; then\n    COMPREPLY=( $(compgen -W \"$opts\" -- \"$cur\") )\n  else\n    COMPREPLY=( $(compgen -f -- \"$cur\") )\n  fi\n}\n"
        s += "complete -o default -F \(fn(spec)) \(spec.name)\n"
        return s
    }

    static func zshArgs(_ c: CommandSpec, indent: String, plan: String) -> String {
        var parts: [String] = []
        for o in c.visibleOptions { parts.append(zshOption(o, plan: plan)) }
        // set's ids until an operand other than a file is given, then files.
        if let kind = c.firstOperand { parts.append("'*:file: \(plan)_operand \(kind.rawValue)'") } else { parts.append("'*:file:_files'") }
        return parts.map { indent + $0 }.joined(separator: " \\\n")
    }

    /// What an option's value is completed from in zsh: the words it is one of
    /// (`OptionSpec.values`: statuses, kinds, formats, languages), files, folders, the
    /// system's time zones; nothing for the rest.
    static func zshAction(_ o: OptionSpec, plan: String) -> String {
        // A leading space: _arguments calls it as written, without compadd's options.
        if let kind = o.plan { return " " + ([plan, kind.rawValue] + o.values).joined(separator: " ") }
        if !o.values.isEmpty { return "(" + o.values.joined(separator: " ") + ")" }
        switch o.argument {
        case "FILE", "TASKS": return "_files"
        case "DIR": return "_files -/"
        case "ZONE": return "_time_zone"
        default: return ""
        }
    }

    /// Whether the option's value is text of its own (a date, a number, a name, a
    /// list), not a file nor one of the values, the plan's or the time zones the
    /// scripts offer.
    static func takesText(_ o: OptionSpec) -> Bool {
        guard let a = o.argument, o.plan == nil, o.values.isEmpty else { return false }
        return !["FILE", "TASKS", "DIR", "ZONE"].contains(a)
    }

    /// The same in fish: candidates after `-a` (and no files) for the values and the
    /// time zones; nil for the rest, whose value may be a file. Each candidate ends in
    /// a tab, an empty description of its own: without one fish shows the option's
    /// beside every value.
    static func fishValues(_ o: OptionSpec, plan: String) -> String? {
        if let kind = o.plan { return "'(" + ([plan, kind.rawValue] + o.values).joined(separator: " ") + ")'" }
        if !o.values.isEmpty { return "'" + o.values.map { $0 + "\\t" }.joined(separator: " ") + "'" }
        switch o.argument {
        case "ZONE": return "'(find /usr/share/zoneinfo -type f -name \"[A-Z]*\" ! -path \"*/posix/*\" ! -path \"*/right/*\" 2>/dev/null | string replace /usr/share/zoneinfo/ \"\" | string replace -r \\'$\\' \\t)'"
        default: return nil
        }
    }

    /// The same in bash: a `case` on the command and the word before the cursor,
    /// offering the values. An option offers the same values in every command but
    /// where a command says otherwise (`export --to`: the task systems), so those come
    /// first, as `"export --to"`, and the rest match any command (`*" --to"`). A time
    /// zone is one of the system's zone files, as in zsh and fish.
    static func bashValues(_ spec: ToolSpec) -> String {
        let zones = spec.commands.flatMap(\.visibleOptions).filter { $0.argument == "ZONE" }
        var uses: [(option: OptionSpec, commands: [String])] = []
        for c in spec.commands {
            for o in c.visibleOptions where !o.values.isEmpty {
                if let k = uses.firstIndex(where: { $0.option.long == o.long && $0.option.values == o.values }) {
                    uses[k].commands.append(c.name)
                } else {
                    uses.append((o, [c.name]))
                }
            }
        }
        // The options whose values the plan says (one kind a name in every command).
        var planned: [(option: OptionSpec, kind: PlanValue)] = []
        for c in spec.commands {
            for o in c.visibleOptions {
                if let k = o.plan, !planned.contains(where: { $0.option.long == o.long }) { planned.append((o, k)) }
            }
        }
        func words(_ o: OptionSpec) -> [String] { ["--" + o.long] + (o.short.map { ["-\($0)"] } ?? []) }
        // The options whose value is free text (a date, a number, a name) in every
        // command: no file is offered after them (the fallback to files that
        // `-o default` gives is turned off for that word).
        let free = spec.commands.flatMap(\.visibleOptions).filter { o in
            takesText(o) && !spec.commands.flatMap(\.visibleOptions).contains { $0.long == o.long && !takesText($0) }
        }
        let freeWords = Array(Set(free.flatMap(words))).sorted()
        guard !uses.isEmpty || !zones.isEmpty || !planned.isEmpty || !freeWords.isEmpty else { return "" }
        var specific: [(String, [String])] = [], generic: [(String, [String])] = []
        for u in uses where !planned.contains(where: { $0.option.long == u.option.long }) {
            // The values most commands give the option match any command.
            let most = uses.filter { $0.option.long == u.option.long }.max { $0.commands.count < $1.commands.count }!
            if most.option.values == u.option.values {
                generic.append((words(u.option).map { "*\" \($0)\"" }.joined(separator: "|"), u.option.values))
            } else {
                specific.append((u.commands.flatMap { c in words(u.option).map { "\"\(c) \($0)\"" } }.joined(separator: "|"), u.option.values))
            }
        }
        var s = "  local prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        s += "  [ \"$prev\" = \"=\" ] && prev=\"${COMP_WORDS[COMP_CWORD-2]}\"\n"
        s += "  case \"\(spec.single ? "" : "$cmd") $prev\" in\n"
        for (o, kind) in planned {
            let fixed = o.values.isEmpty ? "" : " " + o.values.joined(separator: " ")
            s += "    \(words(o).map { "*\" \($0)\"" }.joined(separator: "|"))) \(fn(spec))_plan \(kind.rawValue)\(fixed); return ;;\n"
        }
        for (patterns, values) in specific + generic {
            s += "    \(patterns)) COMPREPLY=( $(compgen -W \"\(values.joined(separator: " "))\" -- \"$cur\") ); return ;;\n"
        }
        if !zones.isEmpty {
            let patterns = Array(Set(zones.flatMap(words))).sorted().map { "*\" \($0)\"" }.joined(separator: "|")
            s += "    \(patterns)) COMPREPLY=( $(compgen -W \"$(cd /usr/share/zoneinfo 2>/dev/null && find . -type f -name '[A-Z]*' ! -path './posix/*' ! -path './right/*' | sed 's|^\\./||')\" -- \"$cur\") ); return ;;\n"
        }
        if !freeWords.isEmpty {
            s += "    \(freeWords.map { "*\" \($0)\"" }.joined(separator: "|"))) compopt +o default 2>/dev/null; COMPREPLY=(); return ;;\n"
        }
        s += "  esac\n"
        return s
    }

    /// One option's `_arguments` spec, described in the current language.
    static func zshOption(_ o: OptionSpec, plan: String) -> String {
        let value = o.argument.map { ":\(zshText($0)):" + zshAction(o, plan: plan) } ?? ""
        if let sh = o.short {
            return "'(-\(sh) --\(o.long))'{-\(sh),--\(o.long)}'[\(zshText(HelpCatalogue.text(o.help)))]\(value)'"
        }
        return "'--\(o.long)[\(zshText(HelpCatalogue.text(o.help)))]\(value)'"
    }

    static func zsh(_ spec: ToolSpec) -> String {
        "#compdef \(spec.name)\n# zsh completion for \(spec.name) (generated by '\(spec.name) --completions zsh')\n"
            + (asksThePlan(spec) ? zshPlan(spec) : "") + zshFunction(spec, name: fn(spec)) + "\(fn(spec)) \"$@\"\n"
    }

    /// The zsh function that offers what the plan says a value can be, described (the
    /// fixed words after the kind where the tool gives nothing).
    static func zshPlan(_ spec: ToolSpec) -> String {
        var s = "\(fn(spec))_plan() {\n  local -a lines items\n  local l\n"
        s += "  lines=(${(f)\"$(${words[1]} --complete-values $1 \"$PREFIX\" \"${(@Q)words[2,CURRENT-1]}\" 2>/dev/null)\"})\n"
        s += "  for l in $lines; do items+=(\"${${l%%$'\\t'*}//:/\\\\:}:${l#*$'\\t'}\"); done\n"
        s += "  if (( $#items )); then _describe -t plan-values $1 items\n  elif (( $# > 1 )); then compadd -- ${@[2,-1]}\n  fi\n}\n"
        guard !spec.single, spec.commands.contains(where: { $0.firstOperand != nil }) else { return s }
        // The words after the command that are neither options, their values nor
        // files: none yet, and the operand is the plan's (set's ids), else a file.
        s += "\(fn(spec))_plan_operand() {\n  local i n=-1\n  for (( i = 2; i < CURRENT; i++ )); do\n    case $words[i] in\n"
        s += "      \(valued(spec).joined(separator: "|"))) (( i++ )) ;;\n      -*) ;;\n      *) [[ -f ${(Q)words[i]} ]] || (( n++ )) ;;\n    esac\n  done\n"
        s += "  if (( n == 0 )); then \(fn(spec))_plan $1; else _files; fi\n}\n"
        return s
    }

    /// Both languages' functions and one that calls the locale's.
    static func zshBilingual(_ spec: ToolSpec) -> String {
        var s = "#compdef \(spec.name)\n# zsh completion for \(spec.name) (generated by '\(spec.name) --completions zsh'): described in\n"
        s += "# Japanese when the locale is (the first of LC_ALL, LC_MESSAGES, LANG that is set,\n"
        s += "# LANGUAGE's first ja or en before it unless it is C or POSIX), else in English\n"
        if asksThePlan(spec) { s += zshPlan(spec) }
        s += Lang.$current.withValue(.en) { zshFunction(spec, name: fn(spec) + "_en") }
        s += Lang.$current.withValue(.ja) { zshFunction(spec, name: fn(spec) + "_ja") }
        s += "\(fn(spec))() {\n  local l=${LC_ALL:-${LC_MESSAGES:-$LANG}} x\n"
        s += "  if [[ -n $l && $l != (C|POSIX)(|[.@]*) ]]; then\n"
        s += "    for x in ${(s.:.)LANGUAGE}; do\n      case ${x:l} in ja*|en*) l=$x; break;; esac\n    done\n  fi\n"
        s += "  if [[ ${l:l} == ja* ]]; then \(fn(spec))_ja \"$@\"; else \(fn(spec))_en \"$@\"; fi\n}\n"
        s += "\(fn(spec)) \"$@\"\n"
        return s
    }

    /// The completion function, named `name`, with descriptions in the current language.
    static func zshFunction(_ spec: ToolSpec, name: String) -> String {
        var s = "\(name)() {\n"
        if spec.single {
            s += "  _arguments \\\n" + zshArgs(spec.commands[0], indent: "    ", plan: fn(spec) + "_plan") + " \\\n    '--version[\(zshText(L("print the version and exit")))]'\n"
        } else {
            s += "  local -a cmds\n  cmds=(\n"
            for c in spec.commands { s += "    '\(c.name):\(zshText(HelpCatalogue.text(c.summary)))'\n" }
            // The command: the first word that is neither an option nor its value.
            s += "  )\n  local cmd= i\n  for (( i = 2; i < CURRENT; i++ )); do\n    case $words[i] in\n"
            s += "      \(valued(spec).joined(separator: "|"))) (( i++ )) ;;\n      -*) ;;\n      *) cmd=$words[i]; break ;;\n    esac\n  done\n"
            s += "  if [[ -z $cmd ]]; then\n    if [[ $words[CURRENT] == -* ]]; then\n      _arguments \\\n"
            s += common(spec).map { o in "        " + zshOption(o, plan: fn(spec) + "_plan") }.joined(separator: " \\\n")
            s += " \\\n        '--help[\(zshText(HelpCatalogue.text(CommonOptions.help.help)))]' \\\n"
            s += "        '--version[\(zshText(L("print the version and exit")))]'\n"
            s += "    else\n      _describe 'command' cmds\n    fi\n    return\n  fi\n"
            s += "  case $cmd in\n"
            for c in spec.commands {
                s += "    \(c.name))\n      _arguments \\\n" + zshArgs(c, indent: "        ", plan: fn(spec) + "_plan") + " ;;\n"
            }
            s += "  esac\n"
        }
        s += "}\n"
        return s
    }

    static func fish(_ spec: ToolSpec) -> String {
        "# fish completion for \(spec.name) (generated by '\(spec.name) --completions fish')\n" + fishCommand(spec) + fishPlan(spec) + fishLines(spec, indent: "")
    }

    static func fishFn(_ spec: ToolSpec) -> String { "_" + fn(spec) + "_command" }

    /// The fish functions that offer what the plan says a value can be (described, as
    /// the tool writes them; the fixed words after the kind where it gives nothing) and
    /// count the operands given after the command (set's first is an id).
    static func fishPlan(_ spec: ToolSpec) -> String {
        guard asksThePlan(spec) else { return "" }
        var s = "function _\(fn(spec))_plan\n    set -l w (commandline -opc)\n    set -l c (commandline -ct)\n"
        // Asked only of a tool there is (fish says so of a missing command whatever
        // the redirection).
        s += "    set -l out\n    command -q -- $w[1]; and set out ($w[1] --complete-values $argv[1] \"$c\" $w[2..-1] 2>/dev/null)\n"
        s += "    if test (count $out) -gt 0\n        printf '%s\\n' $out\n    else if test (count $argv) -gt 1\n        printf '%s\\t\\n' $argv[2..-1]\n    end\nend\n"
        guard !spec.single, spec.commands.contains(where: { $0.firstOperand != nil }) else { return s }
        s += "function _\(fn(spec))_operands\n    set -l skip 0\n    set -l n -1\n    for w in (commandline -opc)[2..-1]\n"
        s += "        if test $skip = 1\n            set skip 0\n            continue\n        end\n"
        s += "        switch $w\n            case \(valued(spec).joined(separator: " "))\n                set skip 1\n"
        s += "            case '-*'\n            case '*'\n                test -f $w; or set n (math $n + 1)\n        end\n    end\n    echo $n\nend\n"
        return s
    }

    /// A function printing the command given so far (the first word that is neither an
    /// option nor an option's value), false when there is none yet: options may come
    /// before the command (`wb-tasks --lang ja fmt`).
    static func fishCommand(_ spec: ToolSpec) -> String {
        guard !spec.single else { return "" }
        var s = "function \(fishFn(spec))\n    set -l skip 0\n    for w in (commandline -opc)[2..-1]\n"
        s += "        if test $skip = 1\n            set skip 0\n            continue\n        end\n"
        s += "        switch $w\n            case \(valued(spec).joined(separator: " "))\n                set skip 1\n"
        s += "            case '-*'\n            case '*'\n                echo $w\n                return 0\n        end\n    end\n    return 1\nend\n"
        s += "function \(fishFn(spec))_is\n    set -l c (\(fishFn(spec)))\n    and test \"$c\" = $argv[1]\nend\n"
        return s
    }

    /// Both languages' lines, the locale's taken when the script is loaded.
    static func fishBilingual(_ spec: ToolSpec) -> String {
        let test = "_" + fn(spec) + "_locale_is_ja"
        var s = "# fish completion for \(spec.name) (generated by '\(spec.name) --completions fish'): described in\n"
        s += "# Japanese when the locale is (the first of LC_ALL, LC_MESSAGES, LANG that is set,\n"
        s += "# LANGUAGE's first ja or en before it unless it is C or POSIX), else in English\n"
        s += "function \(test)\n    for v in $LC_ALL $LC_MESSAGES $LANG\n        if test -n \"$v\"\n"
        s += "            if not string match -qr '^(C|POSIX)([.@].*)?$' -- $v\n"
        s += "                for x in (string split ':' -- \"$LANGUAGE\")\n"
        s += "                    string match -qi 'ja*' -- $x; and return 0\n"
        s += "                    string match -qi 'en*' -- $x; and return 1\n"
        s += "                end\n            end\n"
        s += "            string match -qi 'ja*' -- $v\n            return\n        end\n    end\n    return 1\nend\n"
        s += fishCommand(spec) + fishPlan(spec)
        s += "if \(test)\n" + Lang.$current.withValue(.ja) { fishLines(spec, indent: "    ") }
        s += "else\n" + Lang.$current.withValue(.en) { fishLines(spec, indent: "    ") } + "end\n"
        return s
    }

    /// The `complete` lines, with descriptions in the current language.
    static func fishLines(_ spec: ToolSpec, indent: String) -> String {
        var s = ""
        func line(_ o: OptionSpec, _ cond: String) -> String {
            var l = indent + "complete -c \(spec.name)\(cond) -l \(o.long)"
            if let sh = o.short { l += " -s \(sh)" }
            if o.argument != nil { l += fishValues(o, plan: "_" + fn(spec) + "_plan").map { " -x -a \($0)" } ?? (takesText(o) ? " -x" : " -r") }
            return l + " -d '\(fishText(HelpCatalogue.text(o.help)))'\n"
        }
        if spec.single {
            for o in spec.commands[0].visibleOptions { s += line(o, "") }
            s += indent + "complete -c \(spec.name) -l version -d '\(fishText(L("print the version and exit")))'\n"
        } else {
            let none = " -n 'not \(fishFn(spec))'"
            s += indent + "complete -c \(spec.name) -f\(none) -l version -d '\(fishText(L("print the version and exit")))'\n"
            for o in common(spec) + [CommonOptions.help] { s += line(o, none) }
            for c in spec.commands {
                s += indent + "complete -c \(spec.name) -f\(none) -a \(c.name) -d '\(fishText(HelpCatalogue.text(c.summary)))'\n"
            }
            for c in spec.commands {
                for o in c.visibleOptions { s += line(o, " -n '\(fishFn(spec))_is \(c.name)'") }
                if let kind = c.firstOperand {
                    s += indent + "complete -c \(spec.name) -f -n '\(fishFn(spec))_is \(c.name); and test (_\(fn(spec))_operands) = 0' -a '(_\(fn(spec))_plan \(kind.rawValue))'\n"
                }
            }
        }
        return s
    }
}
