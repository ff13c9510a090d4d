"""The command line run in this process with its output captured (what click's CliRunner gave the
tests before the CLI moved to argparse): the exit code, stdout, stderr, and both as written."""
from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

from newsledger.cli import run


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str
    output: str   # stdout and stderr in the order they were written, as a terminal shows them


class _Stream(io.StringIO):
    """One of the command's streams, which also writes into the record of both."""

    def __init__(self, both: io.StringIO) -> None:
        super().__init__()
        self.both = both

    def write(self, text: str) -> int:
        self.both.write(text)
        return super().write(text)


def invoke(*args: object) -> Result:
    """`newsledger ARGS...` in this process (an exception the CLI does not map is raised, not hidden)."""
    both = io.StringIO()
    out, err = _Stream(both), _Stream(both)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run([str(a) for a in args])
    return Result(code, out.getvalue(), err.getvalue(), both.getvalue())
