#!/usr/bin/env python3
"""Packager benchmark: package 1, 10 and 100 TypeScript functions, cold (empty artifact cache) and
from the cache, each run in a fresh JVM started as ./formwork starts one (its JVM flags and a
class-data-sharing archive of the benchmark's classes, recorded once before timing); and esbuild
alone, running the very command the cold run ran. Prints the medians of RUNS interleaved runs: the
whole-process wall time, the in-process packaging time, esbuild's own time and the cold run's time
above it. The pinned esbuild is provisioned into the per-user cache before timing (a download is
not what is measured). Usage: bench/packager/run.py [RUNS]"""
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
SIZES = (1, 10, 100)


def build_classpath(work):
    """The benchmark's classpath: formwork's classes in one jar (class-data sharing archives only
    jars), then the dependencies' jars."""
    cp_file = os.path.join(ROOT, "packager", "target", "bench-classpath.txt")
    subprocess.run(
        ["mvn", "-B", "-ntp", "-q", "-pl", "packager", "-am", "test-compile",
         "dependency:build-classpath", "-Dmdep.outputFile=" + cp_file, "-Dmdep.includeScope=runtime"],
        cwd=ROOT, check=True)
    with open(cp_file) as handle:
        deps = handle.read().strip()
    jar = os.path.join(work, "bench.jar")
    with zipfile.ZipFile(jar, "w") as out:
        for folder in (os.path.join(ROOT, module, "target", kind)
                       for module, kind in (("packager", "classes"), ("packager", "test-classes"),
                                            ("schema", "classes"), ("process", "classes"))):
            for parent, _, files in os.walk(folder):
                for name in files:
                    path = os.path.join(parent, name)
                    out.write(path, os.path.relpath(path, folder))
    return os.pathsep.join([jar] + [entry for entry in deps.split(os.pathsep)
                                    if entry.endswith(".jar") and "/formwork-" not in entry])


def launcher_jvm_flags():
    """The JVM flags ./formwork starts the CLI with (its `jvm='...'` line)."""
    with open(os.path.join(ROOT, "formwork")) as handle:
        return shlex.split(re.search(r"^jvm='(.*)'$", handle.read(), re.MULTILINE).group(1))


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


def run(jvm, classpath, project, out, cache):
    """One packaging process: (wall ms, in-process ms, esbuild processes, the esbuild commands)."""
    start = time.perf_counter()
    result = subprocess.run(
        ["java", *jvm, "-cp", classpath, "dev.formwork.packager.bench.PackageBench", project, out, cache],
        capture_output=True, text=True)
    wall = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        sys.exit("benchmark run failed:\n" + result.stdout + result.stderr)
    lines = result.stdout.splitlines()
    fields = dict(part.split("=") for part in lines[0].split())
    commands = [json.loads(line) for line in lines[1:]]
    return wall, float(fields["inProcessMs"]), int(fields["esbuildProcesses"]), commands


def esbuild_alone(commands, project, outdir):
    """esbuild's own wall time for the commands a cold run ran (one after the other, as the packager
    runs its batches), each writing into a fresh folder."""
    total = 0.0
    for command in commands:
        shutil.rmtree(outdir, ignore_errors=True)
        args = [arg if not arg.startswith("--outdir=") else "--outdir=" + outdir for arg in command]
        args = [arg if not arg.startswith("--metafile=") else "--metafile=" + os.path.join(outdir, "meta.json")
                for arg in args]
        start = time.perf_counter()
        subprocess.run(args, cwd=project, check=True, capture_output=True)
        total += (time.perf_counter() - start) * 1000
    return total


def main():
    flags = launcher_jvm_flags()
    work = tempfile.mkdtemp(prefix="formwork-bench-")
    try:
        classpath = build_classpath(work)
        archive = os.path.join(work, "bench.jsa")
        # Warm-up: provisions esbuild into the per-user cache, warms the OS file cache, and records
        # the class-data archive from a cold and a cached run of the largest size.
        warmup = os.path.join(work, "warmup")
        make_project(warmup, max(SIZES))
        run([*flags, f"-XX:ArchiveClassesAtExit={archive}"], classpath, warmup,
            os.path.join(work, "warmup-out"), os.path.join(work, "warmup-cache"))
        jvm = [*flags, "-Xshare:auto", f"-XX:SharedArchiveFile={archive}"]
        print(f"load average {os.getloadavg()[0]:.2f} (1 min) at the start; {os.cpu_count()} CPUs; "
              f"{RUNS} runs each")
        print("%-10s %-12s %9s %14s %9s" % ("functions", "mode", "wall ms", "in-process ms", "esbuilds"))
        for count in SIZES:
            project = os.path.join(work, "p%d" % count)
            make_project(project, count)
            cold, cached, alone = [], [], []
            for i in range(RUNS):
                cache = os.path.join(work, "cache-%d-%d" % (count, i))
                cold.append(run(jvm, classpath, project, os.path.join(work, "out"), cache))
                cached.append(run(jvm, classpath, project, os.path.join(work, "out"), cache))
                alone.append(esbuild_alone(cold[-1][3], project, os.path.join(work, "esbuild-out")))
            for mode, runs in (("cold", cold), ("cached", cached)):
                print("%-10d %-12s %9.0f %14.0f %9d" % (
                    count, mode, statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
                    max(r[2] for r in runs)))
            above = statistics.median(r[0] - a for r, a in zip(cold, alone))
            print("%-10d %-12s %9.0f %14s %9s" % (count, "esbuild only", statistics.median(alone), "", ""))
            print("%-10d %-12s %9.0f %14s %9s" % (count, "cold - esb.", above, "", ""))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
