#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one command and prints one JSON line: its wall time, exit status, peak RSS, output.

    measure.py [--timeout S] -- COMMAND [ARGS...]

peak_rss_MB is the child's peak resident set: every resident page, file-backed ones (a
memory-mapped input) included. It is the kernel's ru_maxrss (os.wait4) — except that Linux folds
the RSS of the image replaced at exec into it, i.e. this Python process (~14 MB) since the child
is spawned with vfork; when ru_maxrss is not above that, the largest VmHWM sampled from
/proc/PID/status (the exec'ed image's own peak) is used instead. peak_anon_MB is the largest
RssAnon sampled (heap and stacks only, no file pages). Samples every 1 ms for the first 0.2 s,
then every 10 ms: a peak in the last 10 ms of a run can slip through. A run too short for any
sample gets ru_maxrss with peak_rss_exact false (an upper bound). MB = 2^20 bytes. stdout is kept whole (up to 16 MB), stderr's last 4 KB.
Python 3 standard library only; Linux only.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time


def status_kb(pid, *keys):
    """The given /proc/PID/status fields in KiB (0 when gone)."""
    values = dict.fromkeys(keys, 0)
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                key, _, rest = line.partition(":")
                if key in values:
                    values[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return values


def main() -> int:
    args = sys.argv[1:]
    timeout = None
    while args and args[0] != "--":
        if args[0] == "--timeout" and len(args) > 1:
            timeout = float(args[1])
            args = args[2:]
        else:
            print(__doc__, file=sys.stderr)
            return 2
    command = args[1:]
    if not command:
        print(__doc__, file=sys.stderr)
        return 2

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        own_peak = status_kb("self", "VmHWM")["VmHWM"]
        started = time.perf_counter()
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        peak_anon = peak_hwm = 0
        timed_out = False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid == child.pid:
                break
            sample = status_kb(child.pid, "RssAnon", "VmHWM")
            peak_anon = max(peak_anon, sample["RssAnon"])
            peak_hwm = max(peak_hwm, sample["VmHWM"])
            if timeout is not None and time.perf_counter() - started > timeout and not timed_out:
                timed_out = True
                child.send_signal(signal.SIGKILL)
            time.sleep(0.001 if time.perf_counter() - started < 0.2 else 0.01)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout = out.read(16 << 20).decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")[-4096:]

    print(json.dumps({
        "command": command,
        "exit": child.returncode,
        "timed_out": timed_out,
        "wall_s": wall,
        "peak_rss_MB": (usage.ru_maxrss if usage.ru_maxrss > own_peak or not peak_hwm else peak_hwm) / 1024,
        "peak_rss_exact": usage.ru_maxrss > own_peak or peak_hwm > 0,
        "ru_maxrss_MB": usage.ru_maxrss / 1024,
        "peak_anon_MB": peak_anon / 1024,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "stdout": stdout,
        "stderr": stderr,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
