#!/usr/bin/env python3
"""Times whole `./formwork compile` processes of apps over CloudFormation's per-stack limits, which
formwork splits into a root and nested stacks.

Usage: python3 bench/split.py [runs] [sizes...]   (defaults: 5 runs; 100 500 1000 2000)
Each function has an HTTP route on a shared API, an SQS event on a queue of its own and connectTo
a shared table (8 resources a function). Prints per size the median wall time, the CPU time
(user + system) of that run, the cost per function, the templates written (root + nested), the
most resources and parameters in any one template, and the peak resident memory. The configs and
templates go to bench/out/ (git-ignored). With --lint, the 100-function app's templates are
checked by cfn-lint from .venv (scripts/setup-venv), each one, and must pass clean.
"""
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out", "split")


def config(functions: int) -> str:
    lines = [
        "serviceName: big",
        "resources:",
        "  api:",
        "    type: http-api-gateway",
        "  orders:",
        "    type: dynamo-db-table",
        "    properties:",
        "      primaryKey:",
        "        partitionKey: {name: id, type: string}",
    ]
    for i in range(functions):
        lines += [
            f"  queue{i:04d}:",
            "    type: sqs-queue",
            f"  fn{i:04d}:",
            "    type: function",
            "    properties:",
            "      packaging:",
            "        type: stacktape-lambda-buildpack",
            "        properties:",
            f"          entryfilePath: src/fn{i}.ts",
            "      connectTo: [orders]",
            "      events:",
            "        - type: http-api-gateway",
            "          properties:",
            "            httpApiGatewayName: api",
            "            method: GET",
            f"            path: /fn{i}",
            "        - type: sqs",
            "          properties:",
            f"            sqsQueueName: queue{i:04d}",
        ]
    return "\n".join(lines) + "\n"


def peak_kb_of(args) -> tuple[float, float, float]:
    """Runs one process; returns wall seconds, CPU seconds and the peak RSS of the child in KB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"compile failed:\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--lint"]
    lint = "--lint" in sys.argv
    runs = int(args[0]) if args else 5
    sizes = [int(s) for s in args[1:]] or [100, 500, 1000, 2000]
    launcher = os.path.join(ROOT, "formwork")
    subprocess.run([launcher, "--version"], check=True, capture_output=True)  # builds the jar if needed
    print(f"{'functions':>9} {'median s':>8} {'cpu s':>6} {'ms/fn':>6} {'templates':>9} "
          f"{'max res':>7} {'max par':>7} {'peak MB':>7}")
    for size in sizes:
        folder = os.path.join(OUT, f"functions-{size}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "formwork.yml")
        with open(path, "w") as handle:
            handle.write(config(size))
        out = os.path.join(folder, "template.json")
        command = [launcher, "compile", "--config", path, "--stage", "dev", "--region", "eu-west-1",
                   "--out", out]
        samples = []
        for _ in range(runs + 1):  # the first run warms the file cache and is not counted
            samples.append(peak_kb_of(command))
        samples = samples[1:]
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        # ru_maxrss of RUSAGE_CHILDREN is the largest child so far; sizes run in increasing order.
        peak_mb = max(s[2] for s in samples) / 1024
        templates = sorted(glob.glob(os.path.join(folder, "template*.json")))
        loaded = [json.load(open(t)) for t in templates]
        most_resources = max(len(t["Resources"]) for t in loaded)
        most_parameters = max(len(t.get("Parameters", {})) for t in loaded)
        print(f"{size:>9} {wall:>8.3f} {cpu:>6.2f} {1000 * wall / size:>6.2f} {len(templates):>9} "
              f"{most_resources:>7} {most_parameters:>7} {peak_mb:>7.0f}")
        if lint and size == 100:
            cfn_lint = os.path.join(ROOT, ".venv", "bin", "cfn-lint")
            result = subprocess.run([cfn_lint, "--regions", "eu-west-1", "--", *templates],
                                    capture_output=True, text=True)
            status = "clean" if result.returncode == 0 else "FAILED:\n" + result.stdout
            print(f"          cfn-lint of the {len(templates)} templates of 100 functions: {status}")


if __name__ == "__main__":
    main()
