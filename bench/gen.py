#!/usr/bin/env python3
"""Generates a tasks CSV of N rows: quoted fields with commas, quotes and newlines,
Japanese text, every milestone, role and status. Deterministic (seeded)."""
import random, sys
n = int(sys.argv[1])
rng = random.Random(20261129)
roles = ["pm", "dev", "ds", "sales", "ux"]
statuses = ["todo", "doing", "done", "blocked"]
kinds = ["task", "task", "task", "request", "validation", "approval"]
words = ["推薦 API", "稟議", "顧客インタビュー", "PoC", "market sizing", "dashboard", "モック", "アンケート", "share model"]
out = sys.stdout
out.write("id,milestone,role,todo,owner,due,status,difficulty,kind,depends_on,done_when,notes\n")
for i in range(1, n + 1):
    m = rng.randint(1, 4)
    todo = " ".join(rng.choice(words) for _ in range(rng.randint(2, 5)))
    if rng.random() < 0.2: todo += ", then review"
    if rng.random() < 0.1: todo += '\n(続き: "詳細" を確認)'
    q = any(c in todo for c in ',"\n')
    todo = '"' + todo.replace('"', '""') + '"' if q else todo
    dep = f"T{rng.randint(1, i - 1)}" if i > 1 and rng.random() < 0.3 else ""
    notes = rng.choice(["", "", "予算: 300万円", '"a, b"', "rough"])
    out.write(f"T{i},M{m},{rng.choice(roles)},{todo},担当{rng.randint(1, 40)},2026-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d},"
              f"{rng.choice(statuses)},{rng.choice([1, 3, 5, 8, 10])},{rng.choice(kinds)},{dep},完了条件 {i},{notes}\n")
