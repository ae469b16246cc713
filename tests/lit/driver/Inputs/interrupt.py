"""interrupt.py WORKDIR MINICC ARGS... — starts minicc reading C from a pipe that stays open
(so it is still running cpp), waits until a temporary exists in WORKDIR or WORKDIR/tmp, sends
SIGTERM, and checks that minicc died from SIGTERM and that both directories are empty again."""
import os
import signal
import subprocess
import sys
import time

workdir, command = sys.argv[1], sys.argv[2:]
tmpdir = os.path.join(workdir, "tmp")
env = dict(os.environ, TMPDIR=tmpdir)
process = subprocess.Popen(command, stdin=subprocess.PIPE, cwd=workdir, env=env)
process.stdin.write(b"int unfinished(void) {\n")
process.stdin.flush()

def leftovers():
    return [name for d in (workdir, tmpdir) for name in os.listdir(d) if name != "tmp"]

deadline = time.time() + 20
while not leftovers():
    if time.time() > deadline or process.poll() is not None:
        sys.exit("minicc created no temporary file while running")
    time.sleep(0.01)
time.sleep(0.1)  # let cpp start and block on its input
process.send_signal(signal.SIGTERM)
status = process.wait(timeout=20)
process.stdin.close()
if status != -signal.SIGTERM:
    sys.exit("expected minicc to end by SIGTERM, got status %d" % status)
if leftovers():
    sys.exit("left behind: %s" % leftovers())
print("interrupted cleanly")
