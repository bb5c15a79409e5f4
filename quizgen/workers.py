"""A process pool for CPU-bound stages, or plain in-process work when that is faster."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_SERIAL_BELOW = 24  # articles: below this, starting workers costs more than it saves


def _die_with_parent(parent: int) -> None:
    """Workers must not outlive a killed build (they would hold its pipes open)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the pool's own shutdown still applies
    if os.getppid() != parent:
        os._exit(1)


class Workers:
    """``map`` in order over every core; serial for small inputs or ``jobs=1``."""

    def __init__(self, jobs: int | None, size: int) -> None:
        self.jobs = max(1, jobs or os.cpu_count() or 1)
        self.parallel = self.jobs > 1 and size >= _SERIAL_BELOW
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Workers":
        if self.parallel:
            self._start()
        return self

    def _start(self) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context,
                                         initializer=_die_with_parent, initargs=(os.getpid(),))

    def renew(self) -> None:
        """Fresh workers for the next stage: extraction leaves each worker with
        caches a few hundred MB large that writing does not need."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._start()

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        items = list(items)
        if self._pool is None or len(items) < 2:
            return map(fn, items)
        chunk = max(1, min(64, len(items) // (self.jobs * 8)))
        return self._pool.map(fn, items, chunksize=chunk)
