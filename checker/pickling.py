"""Fast pickling for the slotted dataclasses that cross process and cache boundaries.

Python pickles a slotted dataclass through ``copyreg`` and a state dict, about three times
slower than rebuilding it from its constructor arguments; results come back from worker
processes and out of the cache by the thousand (benchmarks/README.md).
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import TypeVar

C = TypeVar("C", bound=type)


def by_fields(cls: C) -> C:
    """Pickle instances of the dataclass ``cls`` as ``cls(*fields)``."""
    names = [field.name for field in dataclasses.fields(cls)]
    values = attrgetter(*names)

    def __reduce__(self):
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign, assignment]  # set on the class on purpose
    return cls
