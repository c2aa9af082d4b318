#!/usr/bin/env python3
"""Packager benchmark for Go and Java: whole `formwork package` processes (the CLI jar) on
  - go:    examples/go-api (one Go function, arm64, aws-lambda-go + the DynamoDB SDK),
  - java:  examples/java-api (one Maven-built Java function, 29 dependency jars),
  - mixed: 10 TypeScript + 2 Go (one module) + 2 Java (one Maven project) functions,
cold (empty formwork cache) and cached, median of RUNS runs. "Cold" empties formwork's artifact
cache only: go's build cache and Maven's local repository stay warm, as on a developer machine
after the first build. Usage: bench/packager/languages.py [RUNS]"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
JAR = os.path.join(ROOT, "cli", "target", "formwork.jar")


def build_jar():
    subprocess.run(["mvn", "-B", "-ntp", "-q", "-DskipTests", "-pl", "cli", "-am", "package"],
                   cwd=ROOT, check=True)


def copy_example(name, target):
    shutil.copytree(os.path.join(ROOT, "examples", name), target,
                    ignore=shutil.ignore_patterns(".formwork", "target"))


def make_mixed(folder):
    copy_example("go-api", os.path.join(folder, "goapp"))
    shutil.copytree(os.path.join(folder, "goapp", "cmd", "orders"),
                    os.path.join(folder, "goapp", "cmd", "refunds"))
    copy_example("java-api", os.path.join(folder, "javaapp"))
    java_src = os.path.join(folder, "javaapp", "src", "main", "java", "com", "example", "orders")
    with open(os.path.join(java_src, "PlaceOrder.java")) as handle:
        source = handle.read()
    with open(os.path.join(java_src, "CancelOrder.java"), "w") as handle:
        handle.write(source.replace("class PlaceOrder", "class CancelOrder"))
    os.makedirs(os.path.join(folder, "src"))
    with open(os.path.join(folder, "package.json"), "w") as handle:
        handle.write('{"name":"mixed","version":"1.0.0","private":true}\n')
    lines = ["serviceName: mixed", "resources:"]
    for i in range(10):
        with open(os.path.join(folder, "src", "fn%02d.ts" % i), "w") as handle:
            handle.write("export const handler = async (event: { n: number }) => ({ n: event.n + %d });\n" % i)
        lines += ["  ts%02d:" % i, "    type: function", "    properties:",
                  "      packaging: {type: stacktape-lambda-buildpack, properties: "
                  "{entryfilePath: src/fn%02d.ts, handlerFunction: handler}}" % i]
    for name in ("orders", "refunds"):
        lines += ["  go%s:" % name.capitalize(), "    type: function", "    properties:",
                  "      packaging: {type: stacktape-lambda-buildpack, properties: "
                  "{entryfilePath: goapp/cmd/%s/main.go}}" % name,
                  "      architecture: arm64"]
    for name in ("PlaceOrder", "CancelOrder"):
        lines += ["  java%s:" % name, "    type: function", "    properties:",
                  "      packaging: {type: stacktape-lambda-buildpack, properties: "
                  "{entryfilePath: javaapp/src/main/java/com/example/orders/%s.java, "
                  "languageSpecificConfig: {javaVersion: 21}}}" % name]
    with open(os.path.join(folder, "formwork.yml"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


def package(project, cache):
    start = time.perf_counter()
    result = subprocess.run(
        ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR, "package",
         "--stage", "dev", "--region", "eu-west-1", "--cache", cache],
        cwd=project, capture_output=True, text=True, env=dict(os.environ, CI="true"))
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("formwork package failed in %s:\n%s%s" % (project, result.stdout, result.stderr))
    return wall


def main():
    build_jar()
    work = tempfile.mkdtemp(prefix="formwork-bench-languages-")
    try:
        apps = {}
        copy_example("go-api", os.path.join(work, "go"))
        apps["go (1 function)"] = os.path.join(work, "go")
        copy_example("java-api", os.path.join(work, "java"))
        apps["java (1 function)"] = os.path.join(work, "java")
        make_mixed(os.path.join(work, "mixed"))
        apps["mixed (10 TS + 2 Go + 2 Java)"] = os.path.join(work, "mixed")
        for project in apps.values():  # warm go's build cache, Maven's repository, esbuild
            package(project, os.path.join(work, "warmup-cache"))
        print("%-32s %10s %10s" % ("app", "cold s", "cached s"))
        for name, project in apps.items():
            cold, cached = [], []
            for i in range(RUNS):
                cache = os.path.join(work, "cache-%s-%d" % (os.path.basename(project), i))
                cold.append(package(project, cache))
                cached.append(package(project, cache))
            print("%-32s %10.2f %10.2f" % (name, statistics.median(cold), statistics.median(cached)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
