"""What the command does, in its own process, so that a run starts quickly (`cli.main`); a program that imports
briefparse keeps `dataclasses`, `typing` and pydantic as they are.

**The methods of data classes, compiled once per machine.** `@dataclass` writes the source of each class's
`__init__`, `__repr__`, `__eq__`… and compiles it with `exec`. A one-file run defines some eighty data classes
(briefparse's, pydantic's, annotated_types'; `Language` alone has two hundred fields), and compiling their methods
took a sixth of its CPU time. `keep_dataclass_methods` hands the `dataclasses` module an `exec` of its own
(`_KeptExec`) that compiles each source once: the code objects are kept in a file of the cache folder
(`kept_patterns`: a folder per briefparse version and Python build, as marshal requires), under their source, and
later runs read them back. The code run is what `exec` would have compiled from the same source (the same file
name, `<string>`, and no compiler flags inherited), so the classes are the same. With the cache turned off
(`BRIEFPARSE_CACHE_DIR` empty), every source is compiled, as without it.

**The expressions of forward references, compiled once per machine.** `typing.ForwardRef` compiles the text of
each annotation written as a string; pydantic-core's schema types alone (`TypedDict`s whose annotations are strings)
make some eight hundred, a twentieth of a one-file run. `keep_forward_references` hands the `typing` module a
`compile` of its own (`_KeptForwardRefs`) that keeps the code of each expression the same way, in another file.

**No plugin loader when pydantic's plugins are off.** Pydantic imports its plugin loader, and with it
`importlib.metadata` and the `email` package (a twentieth of a one-file run), when it builds its first validator,
even when `PYDANTIC_DISABLE_PLUGINS` turns every plugin off: the loader reads the variable only when asked for the
plugins. `skip_plugin_loader` then puts a stand-in in its place, whose `get_plugins` finds none, as the loader's
does, and which loads the real loader for anything else (or once plugins are turned on).

**The code of briefparse's own modules, compiled once per machine when Python writes no bytecode.** With
`PYTHONDONTWRITEBYTECODE` set (or `-B`), Python reads no `.pyc` it did not find already and compiles the source of
every module it imports, each run: for briefparse's fifty modules, more than half of a one-file run.
`keep_module_code` then puts a finder before the others for the package's modules, whose loader keeps the code it
compiles in one file of the cache folder per folder of the package (each checkout its own), under the module's path
and its source's modification time and size (what a `.pyc` is checked against) and the optimisation level; nothing
is written next to the sources. The code is what
the import system compiles from the same source; a changed source is compiled again.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib
import importlib.machinery
import marshal
import os
import sys
import types
import typing
from collections.abc import Iterable
from types import CodeType
from typing import Any

#: the file of the cache folder that holds the kept code objects, by their source
METHODS_FILE = "dataclass-methods.marshal"
#: the file of the cache folder that holds the compiled expressions of forward references, by their source
FORWARD_REFS_FILE = "forward-references.marshal"
#: the file of the cache folder that holds the code of a package's modules, by their path (with a digest of the
#: package's folder)
MODULES_FILE = "module-code-{}.marshal"
#: a file that grew past this many sources keeps only those of the last run that added one (edited classes leave
#: their old methods behind)
MAX_KEPT = 4096
#: pydantic's plugin loader, and the values of PYDANTIC_DISABLE_PLUGINS with which it finds no plugin
PLUGIN_LOADER = "pydantic.plugin._loader"
PLUGINS_OFF = ("__all__", "1", "true")


class _KeptCodes:
    """Code objects compiled once per machine (`mode` "exec" or "eval"), kept in a file of the cache folder under
    their source."""

    def __init__(self, file: str, mode: str) -> None:
        self.file = file
        self.mode = mode
        self.codes: dict[str, Any] | None = None  # read from the file with the first source
        self.used: dict[str, Any] = {}
        self.added = False
        self.reading = False

    def code(self, source: str) -> CodeType:
        """The code of `source`, as `compile(source, "<string>", mode)` from code without future imports gives it."""
        codes = self._codes()
        code = codes.get(source)
        if code is None:
            code = codes[source] = compile(source, "<string>", self.mode, dont_inherit=True)
            self.added = True
        self.used[source] = code
        return code

    def _codes(self) -> dict[str, Any]:
        """The kept code objects, read once (code compiled while the file is read compiles its own)."""
        if self.codes is None:
            self.reading = True
            try:
                from briefparse import kept_patterns

                kept = kept_patterns.read_kept(self.file)
            finally:
                self.reading = False
            self.codes = kept if isinstance(kept, dict) else {}
        return self.codes

    def save(self) -> None:
        """Keep the code objects when this run compiled one: those read and those added, or only this run's when
        the file grew too long."""
        if not self.added or self.codes is None:
            return
        from briefparse import kept_patterns

        kept_patterns.write_kept(self.file, self.codes if len(self.codes) <= MAX_KEPT else self.used)
        self.added = False


class _KeptExec(_KeptCodes):
    """`exec` for the `dataclasses` module: a source met before runs as the code object kept for it."""

    def __init__(self) -> None:
        super().__init__(METHODS_FILE, "exec")

    def __call__(self, source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:
        if globals is None:  # never so from `dataclasses`: the caller's namespaces, as the builtin takes them
            frame = sys._getframe(1)
            globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
        if not isinstance(source, str) or self.reading:
            builtins.exec(source, globals, locals)
            return
        builtins.exec(self.code(source), globals, locals)


class _KeptForwardRefs(_KeptCodes):
    """`compile` for the `typing` module, which calls it only to compile the expression of a forward reference
    (`ForwardRef("list[Span] | None")`, `compile(expression, "<string>", "eval")`): an expression met before is the
    code object kept for it. `typing` has no future imports, so its calls inherit no compiler flags."""

    def __init__(self) -> None:
        super().__init__(FORWARD_REFS_FILE, "eval")

    def __call__(
        self, source: Any, filename: str, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
    ) -> CodeType:
        plain = (filename, mode, flags, optimize) == ("<string>", "eval", 0, -1)
        if plain and isinstance(source, str) and not self.reading:
            return self.code(source)
        return builtins.compile(source, filename, mode, flags, True, optimize)  # inheriting nothing, as from `typing`


def keep_dataclass_methods() -> None:
    """From now on in this process, the methods of a data class are compiled once per machine (see the module).
    Nothing is installed when `dataclasses` has an `exec` of its own already. Installing reads nothing: a run that
    defines no class (`--help`) costs nothing more."""
    if "exec" in vars(dataclasses):
        return
    kept = _KeptExec()
    dataclasses.exec = kept  # type: ignore[attr-defined]  # the module's global shadows the builtin it calls
    atexit.register(kept.save)


def keep_forward_references() -> None:
    """From now on in this process, the expression of a forward reference is compiled once per machine (see the
    module). Nothing is installed when `typing` has a `compile` of its own already."""
    if "compile" in vars(typing):
        return
    kept = _KeptForwardRefs()
    typing.compile = kept  # type: ignore[attr-defined]  # the module's global shadows the builtin it calls
    atexit.register(kept.save)


def _real_loader() -> types.ModuleType:
    """Pydantic's plugin loader itself, imported in place of the stand-in."""
    if isinstance(sys.modules.get(PLUGIN_LOADER), _PluginLoaderStandIn):
        del sys.modules[PLUGIN_LOADER]
    return importlib.import_module(PLUGIN_LOADER)


class _PluginLoaderStandIn(types.ModuleType):
    """In place of pydantic's plugin loader while plugins are off: no plugins, nothing imported."""

    def get_plugins(self) -> Iterable[Any]:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in PLUGINS_OFF:
            return ()
        return _real_loader().get_plugins()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # what the import system asks a module (`__path__`…)
            raise AttributeError(name)
        return getattr(_real_loader(), name)


def skip_plugin_loader() -> None:
    """When PYDANTIC_DISABLE_PLUGINS turns every plugin off and pydantic has not loaded its plugin loader, a
    stand-in takes its place (see the module)."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in PLUGINS_OFF and PLUGIN_LOADER not in sys.modules:
        sys.modules[PLUGIN_LOADER] = _PluginLoaderStandIn(PLUGIN_LOADER)


class _KeptModuleCode:
    """The code of a package's modules, kept in a file of the cache folder: by each module's path, the modification
    time and size of its source and the optimisation level it was compiled at, with the code (as `marshal` writes
    it)."""

    def __init__(self, folder: str) -> None:
        import hashlib  # not for `--help`, which keeps no module code

        self.file = MODULES_FILE.format(hashlib.sha256(folder.encode(errors="surrogatepass")).hexdigest()[:16])
        self.codes: dict[str, tuple[int, int, int, bytes]] | None = None  # read from the file with the first module
        self.added = False

    def code(self, loader: _KeptSourceLoader, fullname: str) -> CodeType:
        """The code of the module, kept or compiled from its source as the import system does."""
        path = loader.get_filename(fullname)
        stat = os.stat(path)
        stamp = (stat.st_mtime_ns, stat.st_size, sys.flags.optimize)
        codes = self._codes()
        kept = codes.get(path)
        if kept is not None and kept[:3] == stamp:
            try:
                return marshal.loads(kept[3])
            except (EOFError, ValueError, TypeError):
                pass  # damaged: compiled again
        code = loader.source_to_code(loader.get_data(path), path)
        codes[path] = (*stamp, marshal.dumps(code))
        self.added = True
        return code

    def _codes(self) -> dict[str, tuple[int, int, int, bytes]]:
        """The kept code, read once."""
        if self.codes is None:
            from briefparse import kept_patterns

            kept = kept_patterns.read_kept(self.file)
            self.codes = kept if isinstance(kept, dict) else {}
        return self.codes

    def save(self) -> None:
        """Keep the code when this run compiled a module: of the modules read before, only those whose source is
        unchanged."""
        if not self.added or self.codes is None:
            return
        from briefparse import kept_patterns

        current = {path: kept for path, kept in self.codes.items() if _current(path, kept)}
        kept_patterns.write_kept(self.file, current)
        self.added = False


def _current(path: str, kept: tuple[int, int, int, bytes]) -> bool:
    """Whether the kept code of the module at `path` is that of its source as it is now."""
    try:
        stat = os.stat(path)
    except OSError:
        return False
    return (stat.st_mtime_ns, stat.st_size) == kept[:2]


class _KeptSourceLoader(importlib.machinery.SourceFileLoader):
    """The import system's loader of a module's source, whose code comes from `_KeptModuleCode`."""

    kept: _KeptModuleCode

    def get_code(self, fullname: str) -> CodeType:
        return self.kept.code(self, fullname)


class _KeptModuleFinder:
    """A finder, first on `sys.meta_path`, for the modules of one package: the import system's spec, with a loader
    that keeps their code."""

    def __init__(self, package: str, kept: _KeptModuleCode) -> None:
        self.prefix = package + "."
        self.kept = kept

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.prefix):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            loader = _KeptSourceLoader(spec.loader.name, spec.loader.path)
            loader.kept = self.kept
            spec.loader = loader
        return spec


def keep_module_code(package: str = "briefparse") -> None:
    """From now on in this process, when Python writes no bytecode, the modules of `package` that are not imported
    yet are compiled once per machine (see the module). Nothing is installed when Python writes bytecode, when the
    cache is turned off, or when a finder for the package is installed already."""
    from briefparse import kept_patterns

    if not sys.dont_write_bytecode or not kept_patterns.cache_is_on():
        return
    if any(isinstance(finder, _KeptModuleFinder) and finder.prefix == package + "." for finder in sys.meta_path):
        return
    kept = _KeptModuleCode(os.path.abspath(importlib.import_module(package).__path__[0]))
    sys.meta_path.insert(0, _KeptModuleFinder(package, kept))
    atexit.register(kept.save)
