"""
Stands in for PySpark's RDD.pipe, which cannot be installed here, to test the Spark recipe of
docs/scale-out.md on one partition: the recipe's record() of each path's bytes written as a line to
shlex.split(COMMAND), started with ENV and nothing else; its output lines read back; a status other
than 0 an error (checkCode=True). As pipe does, the elements are written from a thread of their own.

    python3 spark_pipe.py RECIPE.py FILING_LINT < paths > findings.ndjson

RECIPE.py is the recipe's first block; FILING_LINT, the command that `filing-lint` stands for.
"""
import shlex
import subprocess
import sys
import threading

recipe = {}
with open(sys.argv[1], encoding="utf-8") as f:
    exec(f.read(), recipe)
command = recipe["COMMAND"].replace("filing-lint", sys.argv[2])
paths = [line.strip() for line in sys.stdin if line.strip()]


def feed(out):
    for path in paths:
        with open(path, "rb") as f:
            element = recipe["record"]((path, f.read()))
        out.write((str(element).rstrip("\n") + "\n").encode("utf-8"))
    out.close()


pipe = subprocess.Popen(shlex.split(command), env=recipe["ENV"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
threading.Thread(target=feed, args=[pipe.stdin]).start()
for line in pipe.stdout:
    sys.stdout.buffer.write(line.rstrip(b"\n") + b"\n")
if pipe.wait():
    sys.exit(f"Pipe function `{command}' exited with error code {pipe.returncode}")
