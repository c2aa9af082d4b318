#!/usr/bin/env python3
"""Packager benchmark: package 1, 10 and 100 TypeScript functions, cold (empty artifact cache) and
from the cache, each run in a fresh JVM; prints the median of RUNS runs of whole-process wall time
and of the in-process packaging time. The pinned esbuild is provisioned into the per-user cache once
before timing (a download is not what is measured). Usage: bench/packager/run.py [RUNS]"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
SIZES = (1, 10, 100)


def build_classpath():
    cp_file = os.path.join(ROOT, "packager", "target", "bench-classpath.txt")
    subprocess.run(
        ["mvn", "-B", "-ntp", "-q", "-pl", "packager", "-am", "test-compile",
         "dependency:build-classpath", "-Dmdep.outputFile=" + cp_file, "-Dmdep.includeScope=runtime"],
        cwd=ROOT, check=True)
    with open(cp_file) as handle:
        deps = handle.read().strip()
    own = [os.path.join(ROOT, "packager", "target", "classes"),
           os.path.join(ROOT, "packager", "target", "test-classes"),
           os.path.join(ROOT, "schema", "target", "classes")]
    return os.pathsep.join(own + [deps])


def make_project(folder, count):
    os.makedirs(os.path.join(folder, "src", "functions"))
    with open(os.path.join(folder, "package.json"), "w") as handle:
        handle.write('{"name":"bench","version":"1.0.0","private":true}\n')
    with open(os.path.join(folder, "src", "shared.ts"), "w") as handle:
        handle.write("export interface Order { id: string; total: number }\n"
                     "export const sum = (orders: Order[]): number => orders.reduce((a, o) => a + o.total, 0);\n")
    for i in range(count):
        with open(os.path.join(folder, "src", "functions", "fn%03d.ts" % i), "w") as handle:
            handle.write("import { sum, Order } from '../shared';\n"
                         "export const handler = async (event: { orders: Order[] }) => ({\n"
                         "  id: 'fn%03d', total: sum(event.orders),\n});\n" % i)


def run(classpath, project, out, cache):
    start = time.perf_counter()
    result = subprocess.run(
        ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classpath,
         "dev.formwork.packager.bench.PackageBench", project, out, cache],
        capture_output=True, text=True)
    wall = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        sys.exit("benchmark run failed:\n" + result.stdout + result.stderr)
    fields = dict(part.split("=") for part in result.stdout.split())
    return wall, float(fields["inProcessMs"]), int(fields["esbuildProcesses"])


def main():
    classpath = build_classpath()
    work = tempfile.mkdtemp(prefix="formwork-bench-")
    try:
        # Warm-up: provisions esbuild into the per-user cache and warms the OS file cache.
        make_project(os.path.join(work, "warmup"), 1)
        run(classpath, os.path.join(work, "warmup"), os.path.join(work, "warmup-out"), os.path.join(work, "warmup-cache"))
        print("%-10s %-7s %12s %14s %9s" % ("functions", "mode", "wall ms", "in-process ms", "esbuilds"))
        for count in SIZES:
            project = os.path.join(work, "p%d" % count)
            make_project(project, count)
            cold, cached = [], []
            for i in range(RUNS):
                cache = os.path.join(work, "cache-%d-%d" % (count, i))
                cold.append(run(classpath, project, os.path.join(work, "out"), cache))
                cached.append(run(classpath, project, os.path.join(work, "out"), cache))
            for mode, runs in (("cold", cold), ("cached", cached)):
                print("%-10d %-7s %12.0f %14.0f %9d" % (
                    count, mode, statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
                    max(r[2] for r in runs)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
