"""Frozen records of many fields built a handful of times per run: a language's data and its compiled patterns.

`dataclasses.dataclass` writes each class's `__init__` as Python source and compiles it when the class is
defined. For a record of 250 fields that takes longer than everything else in the class's module, and a one-file
run defines such classes for every language. `settings_record` makes the same frozen dataclass (fields, defaults,
`dataclasses.fields` and `replace` all work) with one shared `__init__` instead, so defining the class
costs almost nothing; building an instance loops over the fields, which is fine for records built once per
language. Type checkers see a plain frozen dataclass.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, TypeVar

_Record = TypeVar("_Record")


def _settings_record(cls: type[_Record]) -> type[_Record]:
    """`cls` as a frozen dataclass compared by identity, with an `__init__` that is not compiled per class."""
    if cls.__doc__ is None:  # `dataclass` would write one from the signature of `object.__init__`, tokenizing its text
        cls.__doc__ = cls.__name__
    cls = dataclasses.dataclass(frozen=True, eq=False, init=False, repr=False)(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    known = frozenset(field.name for field in fields)
    required = frozenset(
        field.name for field in fields
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    )  # fmt: skip

    def __init__(self: Any, *args: Any, **values: Any) -> None:
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}() takes {len(fields)} fields, {len(args)} given")
        given = {field.name: arg for field, arg in zip(fields[: len(args)], args, strict=True)}
        twice = given.keys() & values.keys()
        if twice:
            raise TypeError(f"{cls.__name__}() got fields twice: {', '.join(sorted(twice))}")
        values = given | values
        unknown = values.keys() - known
        if unknown:
            raise TypeError(f"{cls.__name__}() got unexpected fields: {', '.join(sorted(unknown))}")
        missing = required - values.keys()
        if missing:
            raise TypeError(f"{cls.__name__}() is missing fields: {', '.join(sorted(missing))}")
        for field in fields:
            if field.name in values:
                value = values[field.name]
            elif field.default is not dataclasses.MISSING:
                value = field.default
            else:
                value = field.default_factory()  # type: ignore[misc]
            object.__setattr__(self, field.name, value)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = __init__  # type: ignore[misc]
    return cls


if TYPE_CHECKING:
    from dataclasses import dataclass

    settings_record = dataclass(frozen=True, eq=False)
else:
    settings_record = _settings_record
