"""Runs one command from spawn to exit and prints, as JSON, its wall time and the peak RSS of its
whole process tree (wait4 folds in every descendant the command waited for: npm's shell and node).
Used by bench/synth.ts; Node has no wait4. Output of the command goes to /dev/null."""
import json
import os
import sys
import time

start = time.perf_counter()
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
elapsed = (time.perf_counter() - start) * 1000
print(json.dumps({"ms": elapsed, "maxRssMb": usage.ru_maxrss / 1024, "status": os.waitstatus_to_exitcode(status)}))
