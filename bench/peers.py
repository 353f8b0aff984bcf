#!/usr/bin/env python3
"""The peers wb is measured against, doing wb's jobs: `peers.py TOOL JOB IN OUT`.
TOOL: polars (read_csv + write_csv, all columns as text, its default threads) or duckdb
(COPY, 2 threads). JOB: fmt (CSV in, CSV out) or filter (role == dev and status ==
todo). Both read every field as text, so the output can be byte-identical to wb's;
neither validates the rows as wb does. Installed by bench/run into its own venv."""
import sys

tool, job, src, dst = sys.argv[1:5]
if tool == "polars":
    import polars as pl
    df = pl.read_csv(src, infer_schema=False)
    if job == "filter":
        df = df.filter((pl.col("role") == "dev") & (pl.col("status") == "todo"))
    df.write_csv(dst)
elif tool == "duckdb":
    import duckdb
    con = duckdb.connect()
    con.execute("SET threads = 2")
    where = " WHERE role = 'dev' AND status = 'todo'" if job == "filter" else ""
    con.execute(f"COPY (SELECT * FROM read_csv('{src}', all_varchar = true, header = true){where}) "
                f"TO '{dst}' (HEADER, DELIMITER ',')")
else:
    sys.exit(f"unknown tool {tool}")
