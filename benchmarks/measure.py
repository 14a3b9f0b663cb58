"""Measuring a command: wall and CPU time, and the peak memory of its whole process tree.

``ru_maxrss`` of RUSAGE_CHILDREN is the peak of the largest single child, not of a parent and
its workers together, so memory is sampled instead: every ``interval`` seconds the resident set
sizes (VmRSS in /proc) of the process and all its descendants are added up, and the largest sum
is kept. ``ru_maxrss`` is reported beside it.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path


def _children(pid: int) -> list[int]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(pid: int) -> int:
    """The resident memory of ``pid`` and all its descendants, in kB."""
    total, todo, seen = 0, [pid], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _rss_kb(current)
        todo.extend(_children(current))
    return total


class PeakSampler:
    """Samples the resident memory of a process tree in a thread; ``peak_kb`` is the largest sum."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid = pid
        self.interval = interval
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Run:
    command: list[str]
    returncode: int
    wall_s: float
    cpu_s: float  # user + system time of the process tree (children waited for)
    peak_rss_mb: float  # sampled peak of the sum over the process tree
    max_child_rss_mb: float  # ru_maxrss of the largest process in the tree
    stdout: str
    stderr: str

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("stdout")
        data["stderr_tail"] = data.pop("stderr")[-2000:]
        return data


def run(command: list[str], cwd: Path | None = None, env: dict | None = None, timeout: float | None = None) -> Run:
    """Run ``command`` and measure it (see the module docstring)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakSampler(process.pid) as sampler:
        stdout, stderr = process.communicate(timeout=timeout)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(
        command=[str(c) for c in command],
        returncode=process.returncode,
        wall_s=round(wall, 3),
        cpu_s=round(cpu, 3),
        peak_rss_mb=round(sampler.peak_kb / 1024, 1),
        max_child_rss_mb=round(after.ru_maxrss / 1024, 1),
        stdout=stdout,
        stderr=stderr,
    )


def last_json_line(text: str) -> dict:
    """The last line of ``text`` that is a JSON object."""
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("no JSON line in the output")


def machine() -> dict:
    """What the numbers were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu or platform.processor(),
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []
