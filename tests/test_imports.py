"""The package's imports, read with `ast`: no import circle, and in the parsing core no import of briefparse's own
modules inside a function (such an import is how a circle hides). The command line's lazy imports, which keep
`briefparse --help` quick, are outside the core and stay."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "briefparse"
#: the parsing core: bytes → Document → analysis → extractors → Brief
CORE = ("document", "pipeline", "ranges", "models", "errors", "load", "extract", "lang", "analysis")


def within(name: str, package: str) -> bool:
    """The module is the package or one of its modules."""
    return name == package or name.startswith(package + ".")


def module_name(path: Path) -> str:
    parts = ["briefparse", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The package modules an import statement loads."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif node.level == 0 and node.module:
        names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES else node.module
                 for alias in node.names]  # fmt: skip
    else:
        raise AssertionError("relative import: briefparse imports by absolute names")
    return [name for name in names if name in MODULES]


def imports(source: str, importer: str) -> tuple[set[str], list[tuple[int, str]]]:
    """(modules imported when the module is loaded, (line, module) imported inside a function). A package that
    holds an imported module is loaded with it, unless it holds the importer too."""
    loaded: set[str] = set()
    deferred: list[tuple[int, str]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue  # annotations only: never executed
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                for target in _targets(child):
                    if inside:
                        deferred.append((child.lineno, target))
                    else:
                        loaded.add(target)
            visit(child, inside)

    visit(ast.parse(source), False)
    parents = {
        ".".join(target.split(".")[:depth])
        for target in loaded
        for depth in range(2, target.count(".") + 1)
        if not within(importer, ".".join(target.split(".")[:depth]))
    }
    return (loaded | (parents & MODULES.keys())) - {importer}, deferred


def find_circle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle of the graph, as the modules along it, or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(module: str) -> list[str]:
        state[module] = 1
        path.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (circle := walk(target)):
                return circle
        state[module] = 2
        path.pop()
        return []

    for module in sorted(graph):
        if module not in state and (circle := walk(module)):
            return circle
    return []


GRAPH = {name: imports(path.read_text(encoding="utf-8"), name)[0] for name, path in MODULES.items()}


def test_the_circle_finder_finds_a_circle_and_only_a_circle():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_an_import_inside_a_function_is_seen():
    loaded, deferred = imports("import briefparse.models\n\ndef f():\n    from briefparse.errors import X\n", "x")
    assert loaded == {"briefparse.models"} and deferred == [(4, "briefparse.errors")]


def test_the_package_has_no_import_circle():
    assert find_circle(GRAPH) == []


def test_the_graph_holds_the_flow_of_the_parser():
    assert "briefparse.analysis" in GRAPH["briefparse.pipeline"]
    assert "briefparse.document" in GRAPH["briefparse.analysis"]
    assert "briefparse.load.page" in GRAPH["briefparse.load.html"]


@pytest.mark.parametrize("name", [name for name in MODULES if any(within(name, f"briefparse.{c}") for c in CORE)])
def test_the_parsing_core_imports_its_own_modules_at_the_top(name):
    _loaded, deferred = imports(MODULES[name].read_text(encoding="utf-8"), name)
    assert deferred == []
