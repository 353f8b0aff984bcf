/// GitHub has no CSV import, so the plan goes over as a POSIX shell script of `gh`
/// calls, printed for the team to read and run (wb itself never touches the network).
/// Running it twice creates nothing the second time: every issue body ends with the
/// marker `wb-task: PLAN#ID v=VERSION`; the script leaves an issue whose marker and
/// version match alone, edits one whose version differs, and creates the rest.
/// Milestones are created once (`gh api`), labels (role, kind, team) with `--force`.
public enum GitHubScript {
    public static func render(_ plan: ExportPlan, repo: String?) -> String {
        var s = "#!/bin/sh\n"
        s += "# " + L("The plan '\(plan.name)' as GitHub issues, written by wb-tasks export --to github.") + "\n"
        s += "# " + L("Read it, then run it where gh is logged in: sh FILE. Running it again creates nothing;") + "\n"
        s += "# " + L("an issue whose task changed is edited. Owners that are not GitHub logins stay in the plan only.") + "\n"
        s += "set -eu\n"
        s += "PLAN=" + sq(plan.name) + "\n"
        if let repo {
            s += "REPO_ARG='--repo \(repo)'\nAPI='repos/\(repo)'\n"
        } else {
            s += "REPO_ARG=''\nAPI='repos/{owner}/{repo}'\n"
        }
        // The functions' comments are in the run's language too (the script is for
        // people to read first).
        s += """

        # \(L("Milestones, created once."))
        milestones=$(gh api "$API/milestones?state=all&per_page=100" --paginate --jq '.[].title')
        milestone() { # TITLE DUE
          if ! printf '%s\\n' "$milestones" | grep -Fqx -- "$1"; then
            if [ -n "$2" ]; then gh api "$API/milestones" -f title="$1" -f due_on="$2T00:00:00Z" >/dev/null
            else gh api "$API/milestones" -f title="$1" >/dev/null; fi
            milestones="$milestones
        $1"
          fi
        }

        # \(L("The issues this plan made before, a line each: NUMBER PLAN#ID v=VERSION."))
        issues=$(gh issue list $REPO_ARG --state all --limit 5000 --json number,body \\
          --jq '.[] | select(.body | contains("wb-task: ")) | "\\(.number) \\(.body | capture("wb-task: (?<m>[^\\r\\n]*)").m)"')
        created=0 edited=0 kept=0
        issue() { # ID VERSION TITLE BODY MILESTONE ASSIGNEE LABEL...
          id=$1 v=$2 title=$3 body=$4 ms=$5 who=$6
          shift 6
          # \(L("Each label becomes an option of its own, quotes kept: set after the arguments"))
          # \(L("with its flag, the arguments then shifted off."))
          n=$#
          line=$(printf '%s\\n' "$issues" | grep -F -- " $PLAN#$id v=" | head -n 1 || true)
          if [ -z "$line" ]; then
            for l in "$@"; do set -- "$@" --label "$l"; done
            shift "$n"
            gh issue create $REPO_ARG --title "$title" --body "$body" ${ms:+--milestone "$ms"} ${who:+--assignee "$who"} "$@" >/dev/null
            created=$((created + 1))
          elif [ "${line##* v=}" = "$v" ]; then
            kept=$((kept + 1))
          else
            for l in "$@"; do set -- "$@" --add-label "$l"; done
            shift "$n"
            gh issue edit "${line%% *}" $REPO_ARG --title "$title" --body "$body" ${ms:+--milestone "$ms"} ${who:+--add-assignee "$who"} "$@" >/dev/null
            edited=$((edited + 1))
          fi
        }


        """
        var labels: [String] = []
        for t in plan.tasks {
            for l in labelsOf(t) where !labels.contains(l) { labels.append(l) }
        }
        if !labels.isEmpty {
            s += "# " + L("Labels: the role and the kind.") + "\n"
            for l in labels { s += "gh label create \(sq(l)) $REPO_ARG --force >/dev/null\n" }
            s += "\n"
        }
        var seen = Set<String>()
        for t in plan.tasks where !t.milestoneTitle.isEmpty && seen.insert(t.milestoneTitle).inserted {
            s += "milestone \(sq(t.milestoneTitle)) \(sq(t.milestoneDate?.iso ?? ""))\n"
        }
        s += "\n"
        for t in plan.tasks where !t.id.isEmpty {
            let who = isLogin(t.owner) ? t.owner : ""
            let labels = labelsOf(t)
            let version = fingerprint([t.title, t.description, t.milestoneTitle, who] + labels)
            // The marker line in the description gains the version.
            let marker = TaskSystem.marker(plan: plan.name, id: t.id)
            let body = t.description.replacingOccurrences(marker + "\n", marker + " v=" + version + "\n")
            s += "issue \(sq(t.id)) \(version) \(sq(t.title)) \(sq(body)) \(sq(t.milestoneTitle)) \(sq(who))"
            s += labels.map { " " + sq($0) }.joined() + "\n"
        }
        s += "\necho \"created $created, edited $edited, unchanged $kept\" >&2\n"
        return s
    }

    static func labelsOf(_ t: ExportTask) -> [String] {
        var l: [String] = []
        if let r = t.role { l.append(r.id) }
        l.append(t.kind.id)
        if let team = t.teamLabel { l.append(team) }
        return l
    }

    /// A GitHub login: letters, digits and hyphens.
    static func isLogin(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" }
    }

    /// A word in single quotes for sh.
    static func sq(_ s: String) -> String { "'" + s.replacingOccurrences("'", "'\\''") + "'" }

    /// FNV-1a, 64 bits, as 16 hex digits: the version of an issue's content.
    static func fingerprint(_ parts: [String]) -> String {
        var h = FNV1a()
        for p in parts {
            h.add(p)
            h.add(0x1F)
        }
        return h.hex
    }
}
