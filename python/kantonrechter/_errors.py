"""The exception raised on bad input (imported by the native module to raise it)."""

from __future__ import annotations


class InputError(ValueError):
    """A request, or an argument, the engine cannot decide on.

    ``path`` names what is at fault: a JSON path into the request (``$.as_of``,
    ``$.regeling.elements[0].id``; ``$`` for the whole request) or an argument's name
    (``lang``, ``format``, ``side``, ``max_changes``, ``which``). ``message`` says what went
    wrong, starting with the path (``at $.as_of: expected …``). ``kind`` says what kind of
    error it is, for a program to act on: ``syntax``, ``type``, ``unknown_field``,
    ``duplicate_field``, ``missing``, ``unknown_code``, ``limit``,
    ``unknown_calibration_key``, ``format_version``, ``invalid`` (also an argument out of
    its range) or ``no_law_for_date``; new kinds may be added.
    """

    path: str
    message: str
    kind: str

    def __init__(self, message: str, path: str, kind: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.kind = kind

    def __reduce__(self):  # picklable, e.g. across a ProcessPoolExecutor
        return (type(self), (self.message, self.path, self.kind))
