"""The house's layout holds: data flows one way through the rooms (ingest -> nlp -> extract ->
resolve -> store -> query -> the Python API -> serve and the CLI), with no import upward and no
circle, counting imports inside functions too."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsledger"
# rank of each room; a module may import only from rooms of its own rank or lower
RANKS = {"vocab": 0, "model": 0, "record": 0,
         "errors": 0, "limits": 0, "dates": 0, "lexicons": 0, "cache": 0, "names": 0, "data": 0, "__init__": 0,
         "ingest": 1, "nlp": 2, "extract": 3, "resolve": 4, "store": 5, "query": 6, "scale": 6,
         "ledger": 7, "watch": 8, "serve": 8, "cli": 9}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    mod = _module(path)
    pkg = mod.split(".") if path.name == "__init__.py" else mod.split(".")[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = pkg[: len(pkg) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            names = [f"{target}.{a.name}" for a in node.names]
            out |= {n for n in names if _exists(n)} or {target}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return {m for m in out if m.startswith("newsledger")}


def _exists(mod: str) -> bool:
    p = PACKAGE.parent.joinpath(*mod.split("."))
    return p.with_suffix(".py").exists() or (p / "__init__.py").exists()


def _room(mod: str) -> str:
    parts = mod.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    """Module -> the newsledger modules it imports. The package's own ``__init__`` is a facade that
    hands out ``Ledger`` lazily (``from newsledger import Ledger``); its imports do not count."""
    return {_module(p): (_imports(p) if p != PACKAGE / "__init__.py" else set()) for p in PACKAGE.rglob("*.py")}


def test_every_room_has_a_rank():
    assert {_room(m) for m in _graph()} <= set(RANKS)


def test_no_module_imports_upward():
    upward = [(m, t) for m, targets in _graph().items() for t in targets
              if RANKS[_room(t)] > RANKS[_room(m)]]
    assert upward == []


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan): the circles of GRAPH."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(v: str) -> None:   # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return circles


def test_no_import_circles():
    assert _circles(_graph()) == []


# Room -> room imports inside extract/ that still run back against another room's, each left for a
# change of its own: the entities room's linking reads the statements room's antecedents and titles
# (statements reads entities' lexicon), the places room's gazetteer the entities room's common nouns
# (entities reads places). The test below holds every other room to one way; mend one of these and
# strike it from the list.
KNOWN_BACK_IMPORTS = {("entities", "statements"), ("places", "entities")}


def _extract_rooms() -> dict[str, set[str]]:
    """Room -> the other rooms of extract/ it imports (a module right under extract/, such as
    ``pipeline``, is a room of its own)."""
    rooms: dict[str, set[str]] = {}
    for mod, targets in _graph().items():
        parts = mod.split(".")
        if parts[1:2] != ["extract"] or len(parts) < 3:
            continue
        inside = (t.split(".") for t in targets)
        rooms.setdefault(parts[2], set()).update(
            t[2] for t in inside if t[1:2] == ["extract"] and len(t) > 2 and t[2] != parts[2])
    return rooms


def test_the_extract_rooms_import_one_way():
    """Within extract/ the rooms' imports form no circle, room to room (the statements room needs a
    statement's forecast flag, so what the flag and the forecasts room share lives in
    ``statements/prospects.py``, and the statements room imports nothing of the forecasts room)."""
    rooms = _extract_rooms()
    assert "forecasts" not in rooms["statements"]
    assert {(a, b) for a, b in KNOWN_BACK_IMPORTS if b in rooms.get(a, set())} == KNOWN_BACK_IMPORTS
    one_way = {a: {b for b in bs if (a, b) not in KNOWN_BACK_IMPORTS} for a, bs in rooms.items()}
    assert _circles(one_way) == []


def test_the_core_install_brings_neither_ray_nor_the_test_tools():
    """Footprint: `pip install newsledger` (what `make demo` installs) holds no Ray, selenium or test
    runner; the `scale` and `test` extras bring them, and the README's table of extras names each."""
    import re
    import tomllib

    from packaging.requirements import Requirement
    root = PACKAGE.parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]

    def names(reqs: list[str]) -> set[str]:
        return {Requirement(r).name.lower() for r in reqs}
    core, extras = names(project["dependencies"]), {k: names(v) for k, v in project["optional-dependencies"].items()}
    heavy = {"ray", "selenium", "pytest", "pytest-xdist", "hypothesis", "schemathesis", "datasette", "pandas", "duckdb"}
    assert not core & heavy
    assert "ray" in extras["scale"] and {"selenium", "pytest", "datasette", "followthemoney", "duckdb"} <= extras["test"]
    table = (root / "README.md").read_text("utf-8").split("| extra | brings |", 1)[1].split("\n\n", 1)[0]
    for extra in extras:
        assert re.search(rf"^\| `{extra}` \|", table, re.M), extra
