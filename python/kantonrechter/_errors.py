"""The exception raised on bad input (imported by the native module to raise it)."""

from __future__ import annotations


class InputError(ValueError):
    """A request, or an argument, the engine cannot decide on.

    ``path`` names what is at fault: a JSON path into the request (``$.as_of``,
    ``$.regeling.elements[0].id``; ``$`` for the whole request) or an argument's name
    (``lang``, ``format``, ``side``, ``max_changes``, ``which``). ``message`` says what went
    wrong, starting with the path (``at $.as_of: expected …``).
    """

    path: str
    message: str

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __reduce__(self):  # picklable, e.g. across a ProcessPoolExecutor
        return (type(self), (self.message, self.path))
