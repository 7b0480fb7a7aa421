#!/usr/bin/env python3
"""Measures `make run` the way a person uses it: start in its own process group (as a terminal does), wait until
it prints that it is ready, report the wall-clock time, then press "Ctrl-C" (SIGINT to the whole group) and check
that nothing it started is left running.

    scripts/measure-run.py            # run twice for cold and warm: the first run on a fresh clone is cold
"""
import os
import signal
import subprocess
import sys
import time
import urllib.request
import json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOG = os.path.join(ROOT, ".local", "measure-run.log")
os.makedirs(os.path.dirname(LOG), exist_ok=True)
signal.signal(signal.SIGINT, signal.SIG_DFL)

start = time.time()
with open(LOG, "w") as log:
    proc = subprocess.Popen(["make", "run"], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    while "Pakt is ready" not in open(LOG).read():
        if proc.poll() is not None:
            sys.exit(f"make run exited with {proc.returncode}; see {LOG}")
        time.sleep(0.5)
    print(f"ready after {time.time() - start:.1f} s (make run, wall clock)")
    programs = json.load(urllib.request.urlopen("http://localhost:8080/api/v1/programs"))["totalItems"]
    print(f"programmes visible to the public: {programs}")
    stop = time.time()
    os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=120)
time.sleep(2)
left = subprocess.run("ps -eo cmd | grep -E 'LocalPostgres|quarkus-run|vite preview|keycloak' | grep -v grep",
                      shell=True, capture_output=True, text=True).stdout.strip().splitlines()
print(f"stopped {time.time() - stop:.1f} s after Ctrl-C; processes left: {len(left)}")
sys.exit(1 if left else 0)
