#!/usr/bin/env python3
"""Runs every wb command on tables of N and 10 N rows (tasks, milestones, testers,
market scenarios, questions, inventions) and prints, per command, the CPU seconds of
both runs and their ratio: about 10 when the command is linear, about 100 when it is
quadratic. CPU time (user + system of the child) rather than wall time, so a busy
machine does not skew the ratio. Usage: scaling.py N [FILTER]"""
import os, random, resource, subprocess, sys

def task_row(i, r):
    dep = f"T{r.randint(1, i - 1)}" if i > 1 and r.random() < 0.3 else ""
    todo = f'"task {i}, with ""quotes"""' if i % 7 == 0 else f"task {i} 推薦 API"
    return (f"T{i},M{r.randint(1, 4)},{r.choice(['pm', 'dev', 'ds'])},{todo},担当{r.randint(1, 40)},"
            f"2026-{r.randint(7, 12):02d}-{r.randint(1, 28):02d},{r.choice(['todo', 'doing', 'done', 'blocked'])},"
            f"{r.choice([1, 3, 5, 8, 10])},{r.choice(['task', 'task', 'request', 'validation', 'approval'])},{dep},done {i},")

# Each table: its header and its i-th row (1-based). Milestone ids repeat (as with one
# row per team): the shape that made check quadratic.
TABLES = {
    "tasks": ("id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when,notes", task_row),
    "milestones": ("id,name,date,gate",
                   lambda i, r: f"M{i % 4 + 1},name {i},2026-{i % 12 + 1:02d}-{i % 28 + 1:02d},solved>=80%"),
    "testers": ("tester,segment,solved,purchase",
                lambda i, r: f"t{i},{r.choice(['internal', 'external'])},{r.choice(['yes', 'no'])},{r.choice(['yes', 'no'])}"),
    "market": ("scenario,market_size,share,unit_price,period,cost",
               lambda i, r: f"s{i},{r.randint(1, 100)}万,{r.randint(1, 20)}%,¥{r.randint(100, 5000)}/month,24 months,{r.randint(100, 5000)}万"),
    "questions": ("question,saved,frequency", lambda i, r: f"q{i},{r.randint(1, 120)}分,{r.randint(1, 5)}/week"),
    "inventions": ("invention,impact,difficulty",
                   lambda i, r: f"inv{i},{r.randint(1, 300)},{r.choice([1, 3, 5, 8])}+{r.choice([1, 3, 5, 8])}"),
    # Several teams in one plan (#14): ten tasks a team, so the number of teams grows
    # with the rows (a step per team over every row would show as quadratic).
    "teams-tasks": ("team," + "id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when,notes",
                    lambda i, r: f"team{i // 10}," + task_row(i, r)),
    "teams-milestones": ("team,id,name,date,gate",
                         lambda i, r: f"team{(i - 1) // 4},M{(i - 1) % 4 + 1},name {i},2026-{[7, 9, 10, 12][(i - 1) % 4]:02d}-15,solved>=80% purchase>=50%"),
    # One long chain closing on its start from every task (T_i depends on T_i+1 and
    # T1): a cycle through each task, each longer than the last (its path once made
    # the check quadratic in time and memory).
    "chain-tasks": ("id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when",
                    lambda i, r: f"T{i},M1,pm,task {i},担当,2026-09-01,todo,3,task,T{i + 1} T1,done"),
    "teams-testers": ("team,tester,segment,solved,purchase",
                      lambda i, r: f"team{i // 10},t{i},{r.choice(['internal', 'external'])},{r.choice(['yes', 'no'])},{r.choice(['yes', 'no'])}"),
    "teams-inventions": ("team,pair,invention,impact,difficulty",
                         lambda i, r: f"team{i // 10},p{i % 3},inv{i},{r.randint(1, 300)},{r.choice([1, 3, 5, 8])}+{r.choice([1, 3, 5, 8])}"),
}

def table(kind, n):
    r = random.Random(7)
    header, row = TABLES[kind]
    return "\n".join([header] + [row(i, r) for i in range(1, n + 1)]) + "\n"

COMMANDS = [
    ("tasks fmt", "wb-tasks fmt tasks.csv"),
    ("tasks fmt --to tsv", "wb-tasks fmt --to tsv tasks.csv"),
    ("tasks filter", "wb-tasks filter --role pm --status todo tasks.csv"),
    ("tasks matrix", "wb-tasks matrix --ids tasks.csv"),
    ("tasks unmatrix", "wb-tasks unmatrix grid-plain.csv"),
    ("tasks unmatrix --base", "wb-tasks unmatrix --base tasks.csv grid.csv"),
    ("tasks check", "wb-tasks check --today 2026-10-01 tasks.csv"),
    ("tasks check --milestones", "wb-tasks check --milestones milestones.csv tasks.csv"),
    ("tasks check (a cycle through every task)", "wb-tasks check --today 2026-10-01 chain-tasks.csv"),
    ("tasks add", "wb-tasks add -m M1 -r pm -t x tasks.csv"),
    ("tasks set", "wb-tasks set T5,T9 --status done --owner 佐藤 tasks.csv"),
    ("milestones status", "wb-milestones status --today 2026-10-01 --tasks tasks.csv milestones.csv"),
    ("milestones check", "wb-milestones check milestones.csv"),
    ("milestones timeline", "wb-milestones timeline --today 2026-10-01 --tasks tasks.csv milestones.csv"),
    ("milestones timeline --svg", "wb-milestones timeline --svg --today 2026-10-01 --tasks tasks.csv milestones.csv"),
    ("score gate", "wb-score gate testers.csv"),
    ("score market", "wb-score market --multiple 3 market.csv"),
    ("score impact", "wb-score impact questions.csv"),
    ("score impact --sort", "wb-score impact --sort questions.csv"),
    ("score invent", "wb-score invent inventions.csv"),
    ("score invent --sort", "wb-score invent --sort inventions.csv"),
    ("ics", "wb-ics --tz Asia/Tokyo --meeting 'mon 10:00 30m' milestones.csv"),
    ("ics --tasks", "wb-ics --tz Asia/Tokyo --tasks tasks.csv share/wb/sample-milestones.csv"),
    ("tasks export --to jira --epics", "wb-tasks export --to jira --epics tasks.csv"),
    ("tasks export --to github", "wb-tasks export --to github tasks.csv"),
    ("tasks export --to backlog --split", "wb-tasks export --to backlog --split 250 tasks.csv -o backlog.csv"),
    ("tasks import --from backlog", "wb-tasks import --from backlog --base tasks.csv backlog-export.csv"),
    ("milestones report", "wb-milestones report --lang en --today 2026-10-01 --since tasks.csv --tasks tasks.csv milestones.csv"),
    ("milestones prfaq --tasks", "wb-milestones prfaq --tasks tasks.csv --milestones milestones.csv"),
    ("tasks split --by owner", "wb-tasks split --by owner tasks.csv -o parts"),
    ("milestones report --format html", "wb-milestones report --format html --today 2026-10-01 --tasks tasks.csv milestones.csv"),
    ("ics --tasks-as todo", "wb-ics --tz UTC --tasks tasks.csv --tasks-as todo share/wb/sample-milestones.csv"),
    ("teams matrix", "wb-tasks matrix --ids teams-tasks.csv"),
    ("teams unmatrix --base", "wb-tasks unmatrix --base teams-tasks.csv teams-grid.csv"),
    ("teams check --milestones", "wb-tasks check --milestones teams-milestones.csv teams-tasks.csv"),
    ("teams status", "wb-milestones status --today 2026-10-01 --tasks teams-tasks.csv teams-milestones.csv"),
    ("teams milestones check", "wb-milestones check teams-milestones.csv"),
    ("teams report", "wb-milestones report --lang en --today 2026-10-01 --tasks teams-tasks.csv teams-milestones.csv"),
    ("teams gate --milestones", "wb-score gate --milestones teams-milestones.csv --milestone M1 teams-testers.csv"),
    ("teams invent --sort", "wb-score invent --sort teams-inventions.csv"),
    ("teams ics", "wb-ics --tz UTC --meeting 'mon 10:00 30m' --tasks teams-tasks.csv teams-milestones.csv"),
    ("teams filter --team", "wb-tasks filter --team team7 teams-tasks.csv"),
    ("teams merge", "wb-tasks merge tasks.csv teams-tasks.csv --renumber"),
]

def prepare(d, n):
    os.makedirs(d, exist_ok=True)
    for k in TABLES:
        with open(os.path.join(d, k + ".csv"), "w", encoding="utf-8") as f:
            f.write(table(k, n))
    for args, name in [(["--ids", "tasks.csv"], "grid.csv"), (["tasks.csv"], "grid-plain.csv"), (["--ids", "teams-tasks.csv"], "teams-grid.csv")]:
        with open(os.path.join(d, name), "wb") as f:
            subprocess.run(["wb-tasks", "matrix"] + args, cwd=d, stdout=f, check=True)
    # What Backlog's CSV export gives back for these tasks: matched by their marker.
    with open(os.path.join(d, "backlog-export.csv"), "w", encoding="utf-8") as f:
        f.write("キー,件名,詳細,状態,担当者\n")
        for i in range(1, n + 1):
            f.write("B-%d,x,wb-task: tasks#T%d,%s,佐藤\n" % (i, i, "完了" if i % 3 == 0 else "処理中"))
    if not os.path.exists(os.path.join(d, "share")):
        os.symlink(os.path.join(os.environ["WB_ROOT"], "share"), os.path.join(d, "share"))

def cpu(cmd, d):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(["sh", "-c", cmd + " > out.txt 2> err.txt"], cwd=d)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), p.returncode

def main():
    n = int(sys.argv[1])
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    base = os.getcwd()
    small, big = os.path.join(base, "small"), os.path.join(base, "big")
    prepare(small, n)
    prepare(big, 10 * n)
    for name, cmd in COMMANDS:
        if only and only not in name:
            continue
        t1, s1 = cpu(cmd, small)
        t2, s2 = cpu(cmd, big)
        # The small run is floored at 10 ms so start-up noise cannot fake a ratio.
        print(f"{name}\t{t1:.3f}\t{t2:.3f}\t{t2 / max(t1, 0.01):.1f}\t{s1}\t{s2}", flush=True)

main()
