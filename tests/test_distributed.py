"""``vnsumm brief --ray`` on a local Ray (2 CPUs, started once for the module): the same briefs as a
local run, the same promises (a bad article fails alone, a rerun does nothing new, a dead actor is
retried), and the Python API ``brief_dataset``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bad_inputs import ENGLISH

ray = pytest.importorskip("ray")

from vnsumm.cli import main  # noqa: E402
from vnsumm.distributed import SHARD_PREFIX, TEST_CRASH_FILE  # noqa: E402
from vnsumm.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
VIETNEWS = ROOT / "tests" / "data" / "vietnews_dev_30.jsonl"


@pytest.fixture(scope="module")
def local_ray(tmp_path_factory):
    """One local Ray for the module; workers inherit the crash hook's file name (absent: no effect)."""
    hook = tmp_path_factory.mktemp("hook") / "crash-on"
    os.environ[TEST_CRASH_FILE] = str(hook)
    # two GPUs declared, as a GPU node declares its own: a pool that asks for GPUs is placed on them (this machine's
    # torch sees none, so the models still run on the CPU)
    ray.init(num_cpus=2, num_gpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield hook
    ray.shutdown()
    os.environ.pop(TEST_CRASH_FILE, None)


def run(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def briefs(out: Path) -> dict[str, dict]:
    """Every brief line under ``out``, by input, without timings (the one thing a rerun may change)."""
    found: dict[str, dict] = {}
    for shard in sorted(out.glob("briefs*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            data = json.loads(line)
            data.pop("timings")
            assert data["vnsumm"]["input"] not in found, "two lines for one input"
            found[data["vnsumm"]["input"]] = data
    return found


def index(out: Path) -> dict:
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


def failures(out: Path) -> dict[str, str]:
    return {f["input"]: f["reason"] for f in index(out)["failed"]}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """The seeds, an English article (skipped), an empty file and a binary one (failed)."""
    folder = tmp_path_factory.mktemp("in")
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return folder


def test_folder_gives_the_local_briefs_and_bad_files_fail_alone(local_ray, folder, tmp_path, capsys):
    code, _ = run(capsys, "brief", folder, "-c", "extractive", "-o", tmp_path / "local", "--format", "jsonl", "-q")
    assert code == 1  # two inputs failed
    code, err = run(capsys, "brief", folder, "-c", "extractive", "-o", tmp_path / "ray", "--ray", "-q",
                    "--report", tmp_path / "report.json")
    assert code == 1, err
    ray_briefs, local_briefs = briefs(tmp_path / "ray"), briefs(tmp_path / "local")
    assert len(ray_briefs) == len(SEEDS)
    assert ray_briefs == local_briefs  # title, summary, body, checks, stamp... all but timings
    assert failures(tmp_path / "ray") == failures(tmp_path / "local")
    assert set(failures(tmp_path / "ray")) == {str(folder / "empty.txt"), str(folder / "binary.txt")}
    skipped = index(tmp_path / "ray")["skipped"]
    assert [(s["input"], s["kind"]) for s in skipped] == [(str(folder / "english.txt"), "not-vietnamese")]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"inputs": len(SEEDS) + 3, "done": len(SEEDS), "skipped": 1, "failed": 2}
    assert f"failed {folder / 'empty.txt'}: the file is empty" in err
    assert index(tmp_path / "ray")["config"]["summarizer"]["backend"] == "extractive"


def dataset(path: Path, n: int) -> list[dict]:
    """``n`` vietnews rows (id, title, article), a row whose article is a number, a broken line, an English row,
    and the first row again under its id (a repeated id: ``~rowN``)."""
    rows = [json.loads(line) for line in VIETNEWS.read_text(encoding="utf-8").splitlines()[:n]]
    lines = [json.dumps({k: r[k] for k in ("id", "title", "article")}, ensure_ascii=False) for r in rows]
    lines.insert(2, json.dumps({"id": "poisoned", "article": 12345}))
    lines.insert(4, '{"id": "broken", "article": "unterminated')
    lines.insert(6, "")  # a blank line is no row
    lines.append(json.dumps({"id": "english", "article": ENGLISH}))
    lines.append(lines[0])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def test_jsonl_dataset_with_two_actors_gives_the_local_briefs(local_ray, tmp_path, capsys, monkeypatch):
    from vnsumm.config import load_config
    from vnsumm.distributed import RayOptions, reading, run_distributed

    monkeypatch.setattr(reading, "ROWS_PER_TASK", 4)  # several cleaning tasks, several shards
    data = tmp_path / "news.jsonl"
    rows = dataset(data, 12)
    code, err = run(capsys, "brief", data, "-c", "extractive", "--set", "batch_size=3", "-o", tmp_path / "local",
                    "--format", "jsonl", "-q")
    assert code == 1, err
    options = RayOptions(out_dir=tmp_path / "ray", actors=2, rows_per_shard=4, quiet=True)
    code = run_distributed([data], load_config("extractive", ["batch_size=3"]), options)
    assert code == 1
    assert len(list((tmp_path / "ray").glob(f"{SHARD_PREFIX}*.jsonl"))) >= 3
    ray_briefs, local_briefs = briefs(tmp_path / "ray"), briefs(tmp_path / "local")
    assert len(ray_briefs) == 13  # 12 rows and the repeat of the first
    assert ray_briefs == local_briefs  # summary, brief_en, title, id, checks, stamp... all but timings
    assert all(ray_briefs[f"{data}#{r['id']}"]["title"] == r["title"] for r in rows)  # the dataset's titles
    repeat = ray_briefs[f"{data}#{rows[0]['id']}~row16"]
    assert repeat["summary"] == ray_briefs[f"{data}#{rows[0]['id']}"]["summary"]
    failed = failures(tmp_path / "ray")
    assert failed == failures(tmp_path / "local")
    assert set(failed) == {f"{data}#poisoned", f"{data}#5"}  # the broken line has no id: its row number
    assert "int, not text" in failed[f"{data}#poisoned"] and "not valid JSON" in failed[f"{data}#5"]
    assert [s["input"] for s in index(tmp_path / "ray")["skipped"]] == [f"{data}#english"]


def test_parquet_and_csv_datasets_give_the_local_briefs(local_ray, tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    rows = [json.loads(line) for line in VIETNEWS.read_text(encoding="utf-8").splitlines()[20:27]]
    parquet = tmp_path / "news.parquet"  # no id column: rows are numbered from 1; the text in "body"
    pq.write_table(pa.table({"body": [r["article"] for r in rows[:4]]}), parquet, row_group_size=3)
    csv = tmp_path / "news.csv"  # id, title, body; an id repeated
    pcsv.write_csv(pa.table({"id": ["a", "b", "a"], "title": [r["title"] for r in rows[4:]],
                             "body": [r["article"] for r in rows[4:]]}), csv)
    args = [parquet, csv, "-c", "extractive", "--text-field", "body", "-q"]
    code, err = run(capsys, "brief", *args, "-o", tmp_path / "local", "--format", "jsonl")
    assert code == 0, err
    code, err = run(capsys, "brief", *args, "-o", tmp_path / "ray", "--ray")
    assert code == 0, err
    ray_briefs = briefs(tmp_path / "ray")
    assert set(ray_briefs) == {f"{parquet}#{n}" for n in range(1, 5)} | {f"{csv}#a", f"{csv}#b", f"{csv}#a~row3"}
    assert ray_briefs == briefs(tmp_path / "local")
    assert all(b["summary"] for b in ray_briefs.values())
    assert ray_briefs[f"{csv}#b"]["title"] == rows[5]["title"]


def test_gzipped_jsonl_rows_are_the_rows_a_local_run_reads(tmp_path):
    import gzip

    from vnsumm.dataset_inputs import Fields, dataset_inputs
    from vnsumm.distributed.reading import collect_sources

    plain = tmp_path / "news.jsonl"
    dataset(plain, 3)
    packed = tmp_path / "news.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    sources = collect_sources([packed], recursive=False)
    rows = dataset_inputs(plain, "jsonl", Fields())
    assert [s["label"] for s in sources] == [r.label.replace(str(plain), str(packed)) for r in rows]
    assert [(s["data"], s["error"]) for s in sources] == [(r.data, r.problem) for r in rows]


def test_rerun_does_nothing_new_and_a_changed_input_is_redone_once(local_ray, folder, tmp_path, capsys):
    args = ["brief", folder, "-c", "extractive", "-o", tmp_path, "--ray", "-q"]
    run(capsys, *args)
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("briefs*.jsonl")}
    code, err = run(capsys, *args)
    assert f"{len(SEEDS)} already up to date" in err and "0 done" in err
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("briefs*.jsonl")} == before
    first = briefs(tmp_path)

    changed = folder / SEEDS[0].name
    original = changed.read_bytes()
    try:
        changed.write_bytes(original.replace(b"\n\n", "\n\nTin mới cập nhật.\n\n".encode(), 1))
        code, err = run(capsys, *args)
        assert "1 done" in err
        second = briefs(tmp_path)  # asserts one line per input: the old line left its shard
        assert set(second) == set(first)
        assert second[str(changed)]["vnsumm"]["input_sha256"] != first[str(changed)]["vnsumm"]["input_sha256"]
        assert {k: v for k, v in second.items() if k != str(changed)} == \
               {k: v for k, v in first.items() if k != str(changed)}
    finally:
        changed.write_bytes(original)


def test_a_dead_actor_is_retried_not_the_run(local_ray, folder, tmp_path, capsys):
    victim = str(folder / SEEDS[2].name)
    local_ray.write_text(victim, encoding="utf-8")  # the actor that gets this input exits once
    code, err = run(capsys, "brief", folder, "-c", "extractive", "-o", tmp_path, "--ray", "-q")
    assert not local_ray.exists(), "the hook did not fire: the test would prove nothing"
    assert code == 1 and f"{len(SEEDS)} done" in err  # 1: the two bad files of the folder
    assert victim in briefs(tmp_path)


def test_brief_dataset_api(local_ray):
    from vnsumm.distributed import brief_dataset

    rows = [json.loads(line) for line in VIETNEWS.read_text(encoding="utf-8").splitlines()[:3]]
    items = [{"id": r["id"], "article": r["article"]} for r in rows] + [{"id": "short", "article": "Quá ngắn."}]
    out = {r["id"]: r for r in brief_dataset(ray.data.from_items(items), "extractive").take_all()}
    pipeline = Pipeline.from_config("extractive")
    for r in rows:
        assert out[r["id"]]["status"] == "done" and out[r["id"]]["error"] is None
        assert out[r["id"]]["summary"] == pipeline.brief(r["article"], id=r["id"]).summary
        assert json.loads(out[r["id"]]["json"])["id"] == r["id"]
    assert out["short"]["status"] == "failed" and "too little for an article" in out["short"]["error"]


def test_tiny_model_briefs_are_the_local_ones(local_ray, tiny_config, tmp_path, capsys):
    seeds = tmp_path / "in"
    seeds.mkdir()
    for seed in SEEDS[:3]:
        (seeds / seed.name).write_bytes(seed.read_bytes())
    run(capsys, "brief", seeds, "-c", tiny_config, "-o", tmp_path / "local", "--format", "jsonl", "--device", "auto", "-q")
    code, err = run(capsys, "brief", seeds, "-c", tiny_config, "-o", tmp_path / "ray", "--ray", "--device", "auto", "-q")
    assert code == 0, err  # auto on a cluster with GPUs: the actors ask for them (below)
    ray_briefs = briefs(tmp_path / "ray")
    assert len(ray_briefs) == 3 and all(b["brief_en"] for b in ray_briefs.values())
    assert ray_briefs == briefs(tmp_path / "local")


def test_actors_ask_for_the_gpus_when_the_config_runs_a_model_on_cuda_or_auto(local_ray, tiny_config):
    from vnsumm.config import load_config
    from vnsumm.distributed.cluster import actor_resources

    def gpus(config, actors, device):
        return actor_resources(load_config(str(config), [f"device={device}"]), actors).get("num_gpus")

    assert gpus(tiny_config, 2, "auto") == 1.0 and gpus(tiny_config, 4, "auto") == 0.5  # two GPUs, shared by four
    assert gpus(tiny_config, 3, "auto") == 0.66 and gpus(tiny_config, 4, "cuda") == 1  # cuda: one each, as asked
    assert gpus(tiny_config, 2, "cpu") is None and gpus("extractive", 2, "auto") is None  # no model: no GPU


def test_ray_refuses_what_it_cannot_do(tmp_path, capsys):
    code, err = run(capsys, "brief", SEEDS[0], "-c", "extractive", "--ray")
    assert code == 2 and "add -o DIR" in err
    code, err = run(capsys, "brief", SEEDS[0], "-c", "extractive", "-o", tmp_path, "--ray", "--format", "md")
    assert code == 2 and "--format md is not supported with --ray" in err
    code, err = run(capsys, "brief", SEEDS[0], "-c", "extractive", "-o", tmp_path, "--ray", "--text-field", "body")
    assert code == 2 and "--text-field: no dataset among the inputs" in err


def test_a_local_run_never_imports_ray(tmp_path):
    script = ("import sys; from vnsumm.cli import main; "
              f"code = main(['brief', {str(SEEDS[0])!r}, '-c', 'extractive', '-o', {str(tmp_path)!r}, '-q']); "
              "assert code == 0, code; assert 'ray' not in sys.modules, 'ray was imported'")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_an_interrupted_run_counts_shards_it_wrote_but_had_not_heard_of(tmp_path):
    """Ctrl-C can land after an actor wrote its shard and before its rows reached the driver."""
    from vnsumm.distributed.resume import count_unreported, existing_briefs

    def line(label: str, sha: str) -> str:
        return json.dumps({"title": None, "vnsumm": {"input": label, "input_sha256": sha, "config_fingerprint": "f"}})

    old = tmp_path / "briefs.jsonl"  # an earlier run's output: a and b
    old.write_text(line("a", "1") + "\n" + line("b", "1") + "\n", encoding="utf-8")
    os.utime(old, (1_000_000_000, 1_000_000_000))  # file times are coarse: make the order plain
    before = existing_briefs(tmp_path)
    (tmp_path / f"{SHARD_PREFIX}x.jsonl").write_text(line("b", "2") + "\n" + line("c", "1") + "\n" + line("d", "1")
                                                    + "\n", encoding="utf-8")
    tally = {"done": [{"input": "d", "output": "x", "title": None}], "skipped": [], "failed": []}
    count_unreported(before, existing_briefs(tmp_path), tally, set())
    assert sorted(d["input"] for d in tally["done"]) == ["b", "c", "d"]  # a was not redone


def test_ray_is_refused_what_a_local_run_is_refused_before_any_work(tmp_path, capsys):
    from vnsumm.folder_lock import FolderLock

    src = tmp_path / "in"
    src.mkdir()
    for seed in SEEDS[:2]:
        (src / seed.name).write_bytes(seed.read_bytes())
    victim = src / SEEDS[0].name
    out = tmp_path / "out"
    ray_run = ["brief", src, "-c", "extractive", "-o", out, "--ray", "-q"]
    code, err = run(capsys, *ray_run, "--report", victim)  # the report would replace an input
    assert code == 2 and "is an input file" in err and len(err.strip().splitlines()) == 1
    assert victim.read_bytes() == SEEDS[0].read_bytes()
    out.mkdir()
    code, err = run(capsys, *ray_run, "--report", out / "briefs-ray-x.jsonl")  # ...or a shard
    assert code == 2 and "shard" in err
    (out / "index.json").write_text('{"mine": true}\n')  # an index.json vnsumm did not write
    code, err = run(capsys, *ray_run)
    assert code == 2 and "not written by vnsumm" in err and (out / "index.json").read_text() == '{"mine": true}\n'
    (out / "index.json").unlink()
    with FolderLock(out):  # another run holds -o
        code, err = run(capsys, *ray_run)
    assert code == 2 and "in use by another vnsumm run" in err and len(err.strip().splitlines()) == 1
    data = out / "briefs.jsonl"  # a dataset among the files a --ray run rewrites
    data.write_text(json.dumps({"id": "1", "text": SEEDS[0].read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    code, err = run(capsys, "brief", data, "-c", "extractive", "-o", out, "--ray", "--allow-input-folder")
    assert code == 2 and "is an input" in err
    assert sorted(p.name for p in out.iterdir()) == [".vnsumm.lock", "briefs.jsonl"]


def test_another_language_is_routed_on_ray_as_locally(local_ray, folder, tmp_path, capsys):
    for name, extra in (("local", ["--format", "jsonl"]), ("ray", ["--ray"])):
        code, err = run(capsys, "brief", folder, "-c", "extractive", "-o", tmp_path / name, "-q",
                        "--non-vietnamese", "summarize", *extra)
        assert code == 1, err  # the empty and the binary file
    ray_briefs, local_briefs = briefs(tmp_path / "ray"), briefs(tmp_path / "local")
    assert ray_briefs == local_briefs and len(ray_briefs) == len(SEEDS) + 1
    english = ray_briefs[str(folder / "english.txt")]
    assert english["language"] == "en" and "not Vietnamese" in english["note"]


def test_a_site_template_is_taken_out_on_ray_as_locally(local_ray, tmp_path, capsys):
    site, template = ROOT / "tests" / "data" / "site_pages", tmp_path / "site.json"
    assert run(capsys, "template", site, "-o", template)[0] == 0
    args = ["brief", site, "-c", "extractive", "-s", f"template={template}", "-q"]
    assert run(capsys, *args, "-o", tmp_path / "local", "--format", "jsonl")[0] == 0
    code, err = run(capsys, *args, "-o", tmp_path / "ray", "--ray")
    assert code == 0, err
    ray_briefs = briefs(tmp_path / "ray")
    assert len(ray_briefs) == 4 and ray_briefs == briefs(tmp_path / "local")
    assert not any("Phố Thị Plus" in b["body"] for b in ray_briefs.values())
