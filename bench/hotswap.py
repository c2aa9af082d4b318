#!/usr/bin/env python3
"""Hotswap benchmark: a code-only change deployed by `formwork deploy --hotswap` and by a change set
(`formwork deploy`), against moto over HTTP, through a counting proxy. For each of RUNS rounds it
edits one function's source, deploys it both ways (alternating), and prints the medians of the whole
process's wall time, the API calls by service, and the bytes uploaded (artifacts, and the history's
template/manifest/record).
Usage: bench/hotswap.py [RUNS] [FUNCTIONS]   (defaults: 5 runs, 1 function)
Needs the CLI jar (./formwork builds it) and .venv/bin/moto_server (scripts/setup-venv)."""
import http.client
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
FUNCTIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 1


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Counts:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.calls = Counter()
            self.artifact_bytes = 0
            self.history_bytes = 0

    def add(self, service, method, path, body_length):
        with self.lock:
            self.calls[service] += 1
            if service == "s3" and method == "PUT" and "/artifacts/" in path:
                self.artifact_bytes += body_length
            elif service == "s3" and method == "PUT" and "/deployments/" in path:
                self.history_bytes += body_length

    def snapshot(self):
        with self.lock:
            return dict(self.calls), self.artifact_bytes, self.history_bytes


def service_of(method, path, headers, body):
    target = headers.get("X-Amz-Target", "")
    if target.startswith("Logs_"):
        return "logs"
    if path.startswith("/2015-03-31/") or path.startswith("/2017-03-31/"):
        return "lambda"
    if method == "POST" and b"Action=" in body[:200]:
        return "sts" if b"GetCallerIdentity" in body[:200] else "cloudformation"
    return "s3"


def proxy_handler(upstream_port, counts):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def body(self):
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                data = b""
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        self.rfile.readline()
                        return data
                    data += self.rfile.read(size)
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length", "0")))

        def forward(self):
            body = self.body()
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("host", "transfer-encoding", "connection", "content-length")}
            headers["Content-Length"] = str(len(body))
            counts.add(service_of(self.command, self.path, self.headers, body), self.command, self.path,
                       int(self.headers.get("X-Amz-Decoded-Content-Length", len(body))))
            connection = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=120)
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            self.send_response(response.status)
            for key, value in response.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
            connection.close()

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = forward

    return Handler


def make_project(folder):
    os.makedirs(os.path.join(folder, "src"))
    lines = ["serviceName: hotswapbench", "resources:"]
    for i in range(FUNCTIONS):
        lines += ["  fn%03d:" % i, "    type: function", "    properties:",
                  "      packaging:", "        type: stacktape-lambda-buildpack",
                  "        properties: {entryfilePath: src/fn%03d.ts, handlerFunction: handler}" % i]
        write_source(folder, i, 0)
    with open(os.path.join(folder, "formwork.yml"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


def write_source(folder, index, release):
    with open(os.path.join(folder, "src", "fn%03d.ts" % index), "w") as handle:
        handle.write("export const handler = async () => ({ fn: %d, release: %d });\n" % (index, release))


def formwork(project, endpoint, *args):
    start = time.perf_counter()
    result = subprocess.run(
        [os.path.join(ROOT, "formwork"), *args, "--stage", "dev", "--region", "eu-west-1",
         "--endpoint-url", endpoint, "--yes"],
        cwd=project, capture_output=True, text=True,
        env={**os.environ, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "CI": "true"})
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("formwork %s failed:\n%s%s" % (" ".join(args), result.stdout, result.stderr))
    return wall, result.stdout + result.stderr


def main():
    moto_port = free_port()
    moto = subprocess.Popen([os.path.join(ROOT, ".venv", "bin", "moto_server"), "-p", str(moto_port), "-H", "127.0.0.1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    counts = Counts()
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), proxy_handler(moto_port, counts))
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    endpoint = "http://127.0.0.1:%d" % proxy.server_address[1]
    work = tempfile.mkdtemp(prefix="formwork-hotswap-bench-")
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(urllib.request.Request(
                    "http://127.0.0.1:%d/moto-api/config" % moto_port,
                    data=b'{"lambda":{"use_docker":false}}', method="POST"))
                break
            except OSError:
                time.sleep(0.1)
        project = os.path.join(work, "project")
        make_project(project)
        formwork(project, endpoint, "deploy")
        results = {"hotswap": [], "change set": []}
        release = 0
        for _ in range(RUNS):
            for mode, args in (("hotswap", ("deploy", "--hotswap")), ("change set", ("deploy",))):
                release += 1
                write_source(project, 0, release)
                counts.reset()
                wall, output = formwork(project, endpoint, *args)
                if mode == "hotswap" and "Hotswapped fn000" not in output:
                    sys.exit("the hotswap did not hotswap:\n" + output)
                calls, artifact_bytes, history_bytes = counts.snapshot()
                results[mode].append((wall, calls, artifact_bytes, history_bytes))
        services = sorted({s for runs in results.values() for r in runs for s in r[1]})
        print("%d function(s), median of %d runs, whole `formwork deploy` process" % (FUNCTIONS, RUNS))
        print("%-11s %8s %7s %s %14s %13s" % ("mode", "wall s", "calls", " ".join("%14s" % s for s in services),
                                             "artifact bytes", "history bytes"))
        for mode, runs in results.items():
            print("%-11s %8.2f %7d %s %14d %13d" % (
                mode, statistics.median(r[0] for r in runs),
                statistics.median(sum(r[1].values()) for r in runs),
                " ".join("%14d" % statistics.median(r[1].get(s, 0) for r in runs) for s in services),
                statistics.median(r[2] for r in runs), statistics.median(r[3] for r in runs)))
    finally:
        proxy.shutdown()
        moto.terminate()
        moto.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
