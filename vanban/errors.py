"""Errors a user can act on.

`InputError` is a permanent problem with one input file (corrupt, encrypted,
not a document...): the file is quarantined with `reason`, the batch goes on,
and the CLI prints one line naming the file, never a traceback.
`TransientError` is worth a retry (a timeout, a busy database).
"""
from __future__ import annotations


class VanbanError(Exception):
    """Base class for errors vanban reports to users."""


class InputError(VanbanError):
    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem

    @property
    def reason(self) -> str:
        return self.problem

    def __reduce__(self):
        # Exceptions pickle their args; ours are (path, problem), so a worker
        # process (Dask, a process pool) can hand the error back intact.
        return (type(self), (self.path, self.problem))


class TransientError(VanbanError):
    """A failure that may pass if tried again."""
