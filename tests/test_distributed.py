"""briefparse on a real dask.distributed LocalCluster: the same records as a local run, record for record."""

import json
import logging
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefparse.cli import app
from briefparse.models import load_record
from briefparse.tables import brief_row, participant_rows

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from briefparse.distributed import find_sources, records_bag, table_bag  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
COPIES = 100


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred briefs: the samples copied into nested folders, plus two inputs that fail."""
    root = tmp_path_factory.mktemp("corpus")
    for n in range(COPIES):
        folder = root / f"batch-{n % 7}" / f"day-{n % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        for sample in SAMPLES.iterdir():
            shutil.copyfile(sample, folder / f"{n:03d}-{sample.name}")
    (root / "batch-0" / "empty.txt").write_text("\n")
    (root / "batch-1" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return root


@pytest.fixture(scope="module")
def local(corpus: Path) -> list[dict]:
    """What the CLI prints for the folder with the local process pool."""
    result = CliRunner().invoke(app, [str(corpus), "--format", "jsonl", "--jobs", "2"])
    assert result.exit_code == 1
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two one-thread worker processes, and a client that dask uses by default."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        distributed.Client(cluster),
    ):
        yield cluster


def test_corpus_has_a_few_hundred_briefs_and_two_errors(local: list[dict]):
    assert len(local) == COPIES * len(list(SAMPLES.iterdir())) + 2
    assert sum("error" in r for r in local) == 2


def test_bag_records_equal_local_run(cluster, corpus: Path, local: list[dict]):
    bag = records_bag(str(corpus), partition_size=40)
    assert bag.npartitions > 2
    assert [record.model_dump(mode="json") for record in bag.compute()] == local


def test_cli_dask_engine_writes_jsonl_partitions_equal_to_local_run(
    cluster, corpus: Path, local: list[dict], tmp_path: Path
):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, [str(corpus), "--engine", "dask", "--scheduler", cluster.scheduler_address, "--out", str(out)]
    )
    assert result.exit_code == 1
    parts = sorted((out / "briefs").glob("part-*.jsonl"))
    assert len(parts) > 1
    records = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    assert records == local
    assert f"briefparse: {len(local) - 2} parsed, 2 failed" in result.stderr
    assert result.stderr.count("briefparse: error: ") == 2


def test_cli_dask_engine_parquet_tables_equal_local_tables(cluster, corpus: Path, local: list[dict], tmp_path: Path):
    out = tmp_path / "out"
    args = ["--format", "parquet", "--participants-table", "--out", str(out)]
    result = CliRunner().invoke(app, [str(corpus), "--engine", "dask", "--scheduler", cluster.scheduler_address, *args])
    assert result.exit_code == 1
    assert pq.read_table(out / "briefs").to_pylist() == [brief_row(load_record(r)) for r in local]
    participants = [row for r in local for row in participant_rows(load_record(r))]
    assert pq.read_table(out / "participants").to_pylist() == participants


def test_urls_and_globs_read_through_fsspec(cluster, corpus: Path, local: list[dict]):
    pattern = f"file://{corpus}/batch-*/**/*.html"
    records = [record.model_dump(mode="json") for record in records_bag(pattern).compute()]
    expected = [r for r in local if r["path"].endswith(".html")]
    assert [r["path"] for r in records] == [f"file://{r['path']}" for r in expected]
    assert [r | {"path": None} for r in records] == [r | {"path": None} for r in expected]


def test_local_globs_give_the_paths_of_a_local_run(corpus: Path, local: list[dict]):
    sources = find_sources([f"{corpus}/**/*-en-phone-call.txt", f"{corpus}/nothing-*", f"{corpus}/missing.txt"])
    assert [s.url for s in sources[:-2]] == [r["path"] for r in local if r["path"].endswith("-en-phone-call.txt")]
    assert [s.problem for s in sources[-2:]] == ["no file or folder matches this pattern", "no such file or folder"]


def test_participant_table_bag(cluster, corpus: Path, local: list[dict]):
    rows = table_bag(records_bag(f"{corpus}/batch-2"), "participants").compute()
    assert rows == [row for r in local if "/batch-2/" in r["path"] for row in participant_rows(load_record(r))]


def test_dask_engine_without_the_extra_is_a_one_line_error(corpus: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = CliRunner().invoke(app, [str(corpus), "--engine", "dask", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == "briefparse: error: --engine dask needs the dask extra: pip install 'briefparse[dask]'\n"


def test_unreachable_scheduler_is_a_one_line_error(corpus: Path, tmp_path: Path):
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(
            app, [str(corpus), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--out", str(tmp_path)]
        )
    assert result.exit_code == 2
    assert result.stderr.startswith("briefparse: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert result.stderr.count("\n") == 1
