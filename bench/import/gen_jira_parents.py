#!/usr/bin/env python3
"""A Jira issue export with sub-tasks, of any size, for the import's memory with parents (issue 13).

    bench/import/gen_jira_parents.py OUT.csv ROWS

Columns as Jira writes them (Issue key, Issue id, Issue Type, Priority, Status, Created, Resolved,
Summary, Parent: the parent's issue id). Every fifth row is a sub-task of one of the last 50
stories or incidents written before it, so its parent comes earlier in the file; fixed seed.
Import it with: deliverydesk import --database DB --engagement KEY --source jira OUT.csv
"""
import random
import sys
from datetime import datetime, timedelta


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    out, rows = sys.argv[1], int(sys.argv[2])
    rng = random.Random(13)
    start = datetime(2025, 1, 6, 8, 0)
    types = ["Story", "Incident", "Bug", "Service request", "Task"]
    priorities = ["Highest", "High", "Medium", "Low"]
    recent = []
    with open(out, "w", newline="") as f:
        f.write("Issue key,Issue id,Issue Type,Priority,Status,Created,Resolved,Summary,Parent\n")
        for n in range(rows):
            created = start + timedelta(minutes=7 * n + rng.randrange(5))
            resolved = created + timedelta(hours=rng.randrange(1, 96)) if rng.random() < 0.8 else None
            when = lambda t: t.strftime("%d/%b/%y %-I:%M %p") if t else ""
            key, issue_id = f"SUP-{n + 1}", 100000 + n
            if n % 5 == 4 and recent:
                kind, parent = "Sub-task", str(rng.choice(recent))
            else:
                kind, parent = rng.choice(types), ""
                recent.append(issue_id)
                del recent[:-50]
            status = "Done" if resolved else "In Progress"
            f.write(f"{key},{issue_id},{kind},{rng.choice(priorities)},{status},{when(created)},"
                    f"{when(resolved)},Summary {n + 1},{parent}\n")
    print(f"wrote {rows} rows to {out}")


if __name__ == "__main__":
    main()
