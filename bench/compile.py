#!/usr/bin/env python3
"""Times whole `./formwork compile` processes on generated configs.

Usage:
  python3 bench/compile.py [runs] [sizes...]
      (defaults: 7 runs; 1 10 100 1000 2000) median, min and max wall time per size.
  python3 bench/compile.py --vs [--runs R] [--launcher PATH ...] [sizes...]
      (defaults: 15 runs; 1 10 100 1000) each launcher against the JVM floor: `java -Xshare:auto`
      running a Hello class on formwork's jar with this checkout's launcher's JVM flags and CDS archive. Runs
      are interleaved (one of each command per round, the first round not counted), so a load
      change on a shared machine hits every command alike. Prints per command the median wall time,
      its ratio to the floor (the median of the per-round ratios), the median peak memory (RSS)
      and CPU time (user + system, less disturbed by other load than wall time), the classes it
      loads and the lambda call sites it links (from one more run), and the load average before
      and after. Several --launcher options (e.g. the launcher of a
      checkout of the previous commit) compare before and after in one run.

Configs are written to bench/out/ (git-ignored). Each function has environment variables with
local directives, an IAM statement and a $ResourceParam to its neighbour (the function before it;
fn0 reads its own log group), so the benchmark exercises every phase, not just parsing. A function
is 3 CloudFormation resources, so configs over 166 functions are split into nested stacks (the
templates column counts the root and nested templates); bench/split.py times the split apps of the
issue's shape.
"""
import argparse
import glob
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
TARGETS = {1: 2.0, 100: 4.0}  # issue 18: N = 1 within 2x the floor, N = 100 within 4x


def config(functions: int) -> str:
    lines = ["serviceName: bench", "variables:", "  team: platform", "resources:"]
    for i in range(functions):
        neighbour = max(i - 1, 0)
        lines += [
            f"  fn{i}:",
            "    type: function",
            "    properties:",
            "      packaging:",
            "        type: stacktape-lambda-buildpack",
            "        properties:",
            f"          entryfilePath: src/fn{i}.ts",
            "          handlerFunction: handler",
            f"      memory: {128 * (1 + i % 8)}",
            "      timeout: 10",
            "      environment:",
            "        - name: TEAM",
            "          value: $Var().team",
            "        - name: STAGE",
            "          value: $Format('{}-{}', $Stage(), $Region())",
            "        - name: NEIGHBOUR_LOGS",
            f"          value: $ResourceParam('fn{neighbour}', 'logGroupArn')",
            "      iamRoleStatements:",
            "        - Action: [s3:GetObject]",
            "          Resource:",
            f"            - $CfFormat('arn:${{AWS::Partition}}:s3:::bench-{i}/*')",
        ]
    return "\n".join(lines) + "\n"


def write_config(size: int) -> str:
    path = os.path.join(OUT, f"functions-{size}.yml")
    with open(path, "w") as handle:
        handle.write(config(size))
    return path


def compile_args(launcher: str, size: int, path: str) -> list:
    return [launcher, "compile", "--config", path, "--stage", "dev", "--region", "eu-west-1",
            "--out", os.path.join(OUT, f"functions-{size}.json")]


def timed(args: list) -> tuple:
    """Runs a process to its end: (wall seconds, peak RSS in MB, exit code, CPU seconds)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode, usage.ru_utime + usage.ru_stime


def plain(runs: int, sizes: list) -> None:
    launcher = os.path.join(ROOT, "formwork")
    subprocess.run([launcher, "--version"], check=True, capture_output=True)  # builds the jar if needed
    print(f"{'functions':>9} {'resources':>9} {'templates':>9} {'median s':>9} {'min s':>7} {'max s':>7}")
    for size in sizes:
        for stale in glob.glob(os.path.join(OUT, f"functions-{size}.NestedStack*.json")):
            os.remove(stale)
        path = write_config(size)
        args = compile_args(launcher, size, path)
        times = []
        for _ in range(runs + 1):  # the first run warms the file cache and is not counted
            start = time.perf_counter()
            result = subprocess.run(args, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"compile of {size} functions failed:\n{result.stderr}")
        written = [os.path.join(OUT, f"functions-{size}.json")] + sorted(
            glob.glob(os.path.join(OUT, f"functions-{size}.NestedStack*.json")))
        resources = 0
        for template in written:
            with open(template) as handle:
                resources += sum(1 for resource in json.load(handle)["Resources"].values()
                                 if resource["Type"] != "AWS::CloudFormation::Stack")
        times = times[1:]
        print(f"{size:>9} {resources:>9} {len(written):>9} {statistics.median(times):>9.3f} "
              f"{min(times):>7.3f} {max(times):>7.3f}")


def hello_class() -> str:
    folder = os.path.join(OUT, "hello")
    os.makedirs(folder, exist_ok=True)
    source = os.path.join(folder, "Hello.java")
    with open(source, "w") as handle:
        handle.write('public class Hello {\n  public static void main(String[] args) {\n'
                     '    System.out.println("hello");\n  }\n}\n')
    subprocess.run(["javac", "--release", "17", "-d", folder, source], check=True)
    return folder


def launcher_jvm_flags(launcher: str) -> list:
    """The JVM flags the launcher starts formwork with (its `jvm='...'` line): the floor gets them too."""
    with open(launcher) as handle:
        match = re.search(r"^jvm=(.*)$", handle.read(), re.MULTILINE)
    if not match:
        sys.exit(f"{launcher} has no jvm=... line")
    # A quoted string of flags (or, in launchers before the sh one, a bash array).
    return [flag for word in shlex.split(match.group(1).strip("()")) for flag in word.split()]


def versus(runs: int, sizes: list, launchers: list) -> None:
    for launcher in launchers:  # builds each jar and records its CDS archive if needed
        subprocess.run([launcher, "--version"], check=True, capture_output=True)
    subprocess.run([os.path.join(ROOT, "formwork"), "--version"], check=True, capture_output=True)
    jar = os.path.join(ROOT, "cli", "target", "formwork.jar")
    archive = os.path.join(ROOT, "cli", "target", "formwork.jsa")
    floor = ["java", *launcher_jvm_flags(os.path.join(ROOT, "formwork")), "-Xshare:auto",
             f"-XX:SharedArchiveFile={archive}",
             "-cp", jar + os.pathsep + hello_class(), "Hello"]
    commands = [("floor (Hello)", floor, None)]
    for index, launcher in enumerate(launchers):
        tag = f"[{index}] " if len(launchers) > 1 else ""
        commands.append((f"{tag}compile --help", [launcher, "compile", "--help"], None))
        for size in sizes:
            commands.append((f"{tag}compile N={size}", compile_args(launcher, size, write_config(size)), size))
    load_before = os.getloadavg()
    samples = {name: [] for name, _, _ in commands}
    codes = {}
    for round_number in range(runs + 1):
        for name, args, _ in commands:
            wall, rss, code, cpu = timed(args)
            codes[name] = code
            if round_number > 0:  # the first round warms the file cache
                samples[name].append((wall, rss, cpu))
    load_after = os.getloadavg()
    for name, code in codes.items():
        if code not in (0, 1):
            sys.exit(f"{name} failed with exit code {code}")
    floor_walls = [sample[0] for sample in samples["floor (Hello)"]]
    if len(launchers) > 1:
        for index, launcher in enumerate(launchers):
            print(f"[{index}] {launcher}")
    print(f"load average before {load_before[0]:.2f} / {load_before[1]:.2f}, after "
          f"{load_after[0]:.2f} / {load_after[1]:.2f} (1 / 5 min); {os.cpu_count()} CPUs; {runs} rounds")
    print(f"{'command':<24} {'median s':>9} {'x floor':>8} {'target':>7} {'peak MB':>8} {'CPU s':>6} {'exit':>5}"
          f" {'classes':>8} {'lambdas':>8}")
    for name, args, size in commands:
        walls = [sample[0] for sample in samples[name]]
        ratios = [wall / base for wall, base in zip(walls, floor_walls)]
        target = f"{TARGETS[size]:.0f}x" if size in TARGETS else ""
        classes, lambdas = loaded_classes(args)
        print(f"{name:<24} {statistics.median(walls):>9.3f} {statistics.median(ratios):>8.2f} {target:>7} "
              f"{statistics.median(sample[1] for sample in samples[name]):>8.0f} "
              f"{statistics.median(sample[2] for sample in samples[name]):>6.3f} {codes[name]:>5}"
              f" {classes:>8} {lambdas:>8}")


def loaded_classes(args: list) -> tuple:
    """Classes the command loads, and lambda call sites it links (each costs ~0.09 ms in a fresh JVM:
    see "Start-up" in docs/architecture.md), from one more run with class loading logged."""
    log = os.path.join(OUT, "classes.log")
    if os.path.exists(log):
        os.remove(log)
    env = dict(os.environ, JAVA_TOOL_OPTIONS=f"-Xlog:class+load:file={log}")
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(log) as handle:
        names = [line.split()[1] for line in handle if "class,load" in line]
    return len(names), sum("$$Lambda$" in name for name in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vs", action="store_true", help="compare with the JVM floor")
    parser.add_argument("--runs", type=int, help="runs per command (the first is not counted)")
    parser.add_argument("--launcher", action="append", help="a formwork launcher to time (--vs; repeatable)")
    parser.add_argument("numbers", nargs="*", type=int, help="[runs] sizes... (without --vs)")
    options = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    if options.vs:
        sizes = options.numbers or [1, 10, 100, 1000]
        launchers = [os.path.abspath(path) for path in options.launcher or [os.path.join(ROOT, "formwork")]]
        versus(options.runs or 15, sizes, launchers)
    else:
        numbers = list(options.numbers)
        runs = options.runs or (numbers.pop(0) if numbers else 7)
        sizes = numbers or [1, 10, 100, 1000, 2000]
        plain(runs, sizes)


if __name__ == "__main__":
    main()
