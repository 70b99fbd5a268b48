#!/usr/bin/env python3
"""Re-runs the commands shown in README.md and refreshes their printed output (report folders go
to reports/, as they do for a user).

Each example is a fenced block whose first line is `$ salesplan ...` (continued by lines ending
in a backslash), or the default scenario's simulate summary (a block starting "Acme FY2027: ",
from `salesplan simulate scenarios/acme-fy2027/scenario.yaml`). A block may show only parts of
the output, separated by "  ..." lines; each part is found again in the new output by its first
line's leading words and the same number of lines is kept. Run from the repository root after a
release build:  python3 scripts/update-readme-examples.py [--check]
"""
import glob
import re
import shlex
import subprocess
import sys
import tempfile

BINARY = ".build/release/salesplan"
DEFAULT_SIMULATE = "salesplan simulate scenarios/acme-fy2027/scenario.yaml --no-progress"


def signature(line):
    """The line's leading label: text before the first digit, currency sign or run of spaces."""
    return re.split(r"[0-9$€£(]|\s{2,}(?=\S)", line.strip(), maxsplit=1)[0].strip() or line.strip()[:12]


def run(command, scratch):
    words = [expanded for word in shlex.split(command)[1:] for expanded in (sorted(glob.glob(word)) if "*" in word else [word])]
    result = subprocess.run([BINARY, *words], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{command}: exit {result.returncode}\n{result.stderr}")
    return [line.rstrip() for line in result.stdout.splitlines()]


def refresh(block, output):
    parts, separators, current = [], [], []
    for line in block:
        if line.strip() == "...":
            parts.append(current)
            separators.append(line)
            current = []
        else:
            current.append(line)
    parts.append(current)
    trailing_dots = block and block[-1].strip() == "..."
    fresh, position = [], 0
    for index, part in enumerate(parts):
        if not part:
            continue
        head = signature(part[0])
        start = next((i for i in range(position, len(output)) if signature(output[i]) == head), None)
        if start is None:
            sys.exit(f"cannot find a line like {part[0]!r} in the new output")
        taken = output[start:start + len(part)]
        if part[-1].startswith("Report:"):  # keep the closing "Report: ..." line, wherever it falls
            report = next((i for i in range(start, len(output)) if output[i].startswith("Report:")), None)
            if report is not None:
                taken = output[start:report + 1]
        fresh += taken
        position = start + len(taken)
        fresh.append(separators[index] if index < len(separators) else "  ...")
    if not trailing_dots and fresh:
        fresh.pop()
    return fresh


def main():
    check = "--check" in sys.argv
    text = open("README.md").read().split("\n")
    out, index = [], 0
    with tempfile.TemporaryDirectory() as scratch:
        while index < len(text):
            line = text[index]
            out.append(line)
            index += 1
            if line.strip() != "```" or index >= len(text):
                continue
            first = text[index]
            if not (first.startswith("$ salesplan") or first.startswith("Acme FY2027: ") and "trials, seed" in first):
                continue
            end = text.index("```", index)
            block = text[index:end]
            if first.startswith("$ "):
                command_lines = [first[2:]]
                body_start = 1
                while command_lines[-1].endswith("\\"):
                    command_lines.append(block[body_start].strip())
                    body_start += 1
                command = " ".join(l.rstrip("\\").strip() for l in command_lines)
                out += block[:body_start] + refresh(block[body_start:], run(command, scratch))
            else:
                out += refresh(block, run(DEFAULT_SIMULATE, scratch))
            index = end
    new = "\n".join(out)
    if check:
        sys.exit(0 if new == "\n".join(text) else "README examples are out of date")
    open("README.md", "w").write(new)


main()
