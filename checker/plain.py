"""Our result dataclasses ↔ plain data (lists, strings, numbers, None), for the cache.

Decoding is driven by the type hints of the expected class: it builds only the dataclasses
and named tuples those hints name, and checks the type of every value on the way, so a cache
entry can carry data but never code, and a wrong-shaped entry is rejected (``Invalid``)
instead of reaching a rule. A dataclass is a list of its fields in order; a union of several
classes is ``[class name, value]``; ``Node`` fields (YAML trees, never cached) must be None.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from checker.load import Node

Codec = Callable[[Any], Any]
_SCALARS = (str, int, float, bool)


class Invalid(ValueError):
    """Plain data that does not have the shape of the expected type."""


def encoder(hint: Any) -> Codec:
    """A function turning a value of type ``hint`` into plain data."""
    return _codecs(hint)[0]


def decoder(hint: Any) -> Codec:
    """A function turning plain data back into a value of type ``hint`` (or raising Invalid)."""
    return _codecs(hint)[1]


@cache
def _codecs(hint: Any) -> tuple[Codec, Codec]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is type(None):
        return _identity, _exact(type(None))
    if hint is Node:
        return lambda value: None, _exact(type(None))
    if hint in _SCALARS:
        return _identity, _exact(hint)
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return _sequence(origin, args[0])
    if origin is tuple:
        return _fixed_tuple(args)
    if origin is dict:
        return _mapping(args[1])
    return _record(origin or hint, args)


def _identity(value: Any) -> Any:
    return value


def _exact(kind: type) -> Codec:
    def decode(data: Any) -> Any:
        if type(data) is not kind:
            raise Invalid(f"expected {kind.__name__}, found {type(data).__name__}")
        return data

    return decode


def _union(members: tuple[Any, ...]) -> tuple[Codec, Codec]:
    optional = type(None) in members
    classes = [m for m in members if m is not type(None)]
    if len(classes) == 1:
        inner_encode, inner_decode = _codecs(classes[0])
        return (
            lambda value: None if value is None else inner_encode(value),
            lambda data: None if data is None and optional else inner_decode(data),
        )
    by_name = {typing.get_origin(c) or c: c for c in classes}
    names = {cls.__name__: _codecs(hint) for cls, hint in by_name.items()}

    def encode(value: Any) -> Any:
        if value is None:
            return None
        name = type(value).__name__
        return [name, names[name][0](value)]

    def decode(data: Any) -> Any:
        if data is None and optional:
            return None
        if type(data) is not list or len(data) != 2 or data[0] not in names:
            raise Invalid("expected [class name, value]")
        return names[data[0]][1](data[1])

    return encode, decode


def _sequence(origin: type, item: Any) -> tuple[Codec, Codec]:
    item_encode, item_decode = _codecs(item)

    def decode(data: Any) -> Any:
        if type(data) is not list:
            raise Invalid("expected a list")
        items = [item_decode(value) for value in data]
        return tuple(items) if origin is tuple else items

    return lambda value: [item_encode(v) for v in value], decode


def _fixed_tuple(items: tuple[Any, ...]) -> tuple[Codec, Codec]:
    pairs = [_codecs(item) for item in items]

    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != len(pairs):
            raise Invalid(f"expected {len(pairs)} items")
        return tuple(d(v) for (_, d), v in zip(pairs, data, strict=True))

    return lambda value: [e(v) for (e, _), v in zip(pairs, value, strict=True)], decode


def _mapping(value_hint: Any) -> tuple[Codec, Codec]:
    value_encode, value_decode = _codecs(value_hint)

    def decode(data: Any) -> Any:
        if type(data) is not dict or not all(type(k) is str for k in data):
            raise Invalid("expected a mapping with text keys")
        return {k: value_decode(v) for k, v in data.items()}

    return lambda value: {k: value_encode(v) for k, v in value.items()}, decode


def _record(cls: type, args: tuple[Any, ...]) -> tuple[Codec, Codec]:
    """A dataclass or named tuple as the list of its fields; ``args`` fill its type parameters."""
    if not (dataclasses.is_dataclass(cls) or hasattr(cls, "_fields")):
        raise TypeError(f"{cls!r} cannot be cached as plain data")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else list(cls._fields)
    bound = dict(zip(getattr(cls, "__parameters__", ()), args, strict=False))
    field_hints = [_bind(hints[name], bound) for name in names]
    pairs = [_codecs(hint) for hint in field_hints]
    decoders = [d for _, d in pairs]

    def encode(value: Any) -> Any:
        return [e(getattr(value, name)) for (e, _), name in zip(pairs, names, strict=True)]

    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != len(pairs):
            raise Invalid(f"expected the {len(pairs)} fields of {cls.__name__}")
        return cls(*[d(v) for d, v in zip(decoders, data, strict=True)])

    if all(hint in _SCALARS for hint in field_hints):  # a span, say: its types checked in one pass
        kinds = tuple(field_hints)

        def decode_scalars(data: Any) -> Any:
            if type(data) is not list or tuple(map(type, data)) != kinds:
                raise Invalid(f"expected the {len(kinds)} fields of {cls.__name__}")
            return cls(*data)

        return encode, decode_scalars
    return encode, decode


def _bind(hint: Any, bound: dict[TypeVar, Any]) -> Any:
    """``hint`` with the type variables in ``bound`` replaced (Located[T].value → str)."""
    if isinstance(hint, TypeVar):
        return bound.get(hint, Any)
    return hint
