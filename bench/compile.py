#!/usr/bin/env python3
"""Times whole `./formwork compile` processes on generated configs of 1, 10, 100, 1000 and 2000 functions.

Usage: python3 bench/compile.py [runs] [sizes...]   (defaults: 7 runs; 1 10 100 1000 2000)
Prints the median, min and max wall time per size. Configs are written to bench/out/ (git-ignored).
Each function has environment variables with local directives, an IAM statement and a
$ResourceParam to its neighbour (the function before it; fn0 reads its own log group), so the
benchmark exercises every phase, not just parsing. A function is 3 CloudFormation resources, so
configs over 166 functions are split into nested stacks (the templates column counts the root and
nested templates); bench/split.py times the split apps of the issue's shape.
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")


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


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    sizes = [int(s) for s in sys.argv[2:]] or [1, 10, 100, 1000, 2000]
    os.makedirs(OUT, exist_ok=True)
    launcher = os.path.join(ROOT, "formwork")
    subprocess.run([launcher, "--version"], check=True, capture_output=True)  # builds the jar if needed
    print(f"{'functions':>9} {'resources':>9} {'templates':>9} {'median s':>9} {'min s':>7} {'max s':>7}")
    for size in sizes:
        for stale in glob.glob(os.path.join(OUT, f"functions-{size}.NestedStack*.json")):
            os.remove(stale)
        path = os.path.join(OUT, f"functions-{size}.yml")
        with open(path, "w") as handle:
            handle.write(config(size))
        args = [launcher, "compile", "--config", path, "--stage", "dev", "--region", "eu-west-1",
                "--out", os.path.join(OUT, f"functions-{size}.json")]
        times = []
        result = None
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


if __name__ == "__main__":
    main()
