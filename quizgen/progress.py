"""Progress for long builds: a rich bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

_DELAY = 1.0  # seconds before a bar appears: short builds stay quiet
_LOG_EVERY = 5.0


class Progress:
    """Counts work per stage; shows it only when the build takes a while."""

    def __init__(self, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self._bar = None
        self._task = None
        self._stage = ""
        self._total = 0
        self._done = 0
        self._logged = self.start

    def stage(self, name: str, total: int) -> None:
        self._stage, self._total, self._done = name, total, 0
        if self._bar is not None:
            self._bar.update(self._task, description=name, total=total, completed=0)

    def advance(self, n: int = 1) -> None:
        if self.quiet:
            return
        self._done += n
        now = time.monotonic()
        if now - self.start < _DELAY:
            return
        if self.tty:
            self._show_bar()
            self._bar.update(self._task, completed=self._done)
        elif now - self._logged >= _LOG_EVERY or self._done == self._total:
            self._logged = now
            print(f"{self._stage}: {self._done}/{self._total}", file=self.stream, flush=True)

    def _show_bar(self) -> None:
        if self._bar is not None:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TimeElapsedColumn

        self._bar = Bar("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=Console(file=self.stream), transient=True)
        self._bar.start()
        self._task = self._bar.add_task(self._stage, total=self._total, completed=self._done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
