"""Nothing lost, nothing leaked (issue 11): output collisions, concurrent runs, symlinks, exit codes.

Each test reproduces a way vnsumm 0.1 lost finished work or read outside the input tree, through
the real command line (in-process, model-free ``extractive`` config; real processes where a
signal or a device is involved).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bad_inputs import seed_text
from vnsumm.cli import main
from vnsumm.folder_lock import FolderLock


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def last_line(err: str) -> str:
    return err.strip().splitlines()[-1]


def folder(path: Path, names: list[str], start: int = 0) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        (path / name).write_text(seed_text(start + i), encoding="utf-8")
    return path


def many_articles(path: Path, n: int) -> Path:
    """A folder of ``n`` small articles, for runs long enough to interrupt or overlap."""
    path.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (path / f"a{i:03d}.txt").write_text(seed_text(i), encoding="utf-8")
    return path


def briefs_by_input(out: Path, suffix: str = ".json") -> dict[str, Path]:
    found = {}
    for path in out.glob(f"*{suffix}"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "vnsumm" in data:
            found[data["vnsumm"]["input"]] = path
    return found


# -- output names ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["index.html", "index.txt", "briefs.txt"])
def test_an_input_named_like_the_runs_own_files_keeps_its_brief(capsys, tmp_path, name):
    src = folder(tmp_path / "in", [name, "other.txt"])
    out = tmp_path / "out"
    for extra in ([], [], ["--force"]):  # the first run, a rerun, and --force
        code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive", "--format", "json", *extra)
        assert code == 0, err
        index = json.loads((out / "index.json").read_text())
        assert "done" in index  # index.json is the run's index, not a brief
        briefs = briefs_by_input(out)
        assert set(briefs) == {str(src / name), str(src / "other.txt")}
        assert briefs[str(src / name)].name != "index.json"


def test_two_inputs_with_the_same_name_from_two_runs_are_both_kept(capsys, tmp_path):
    a = folder(tmp_path / "A", ["news.txt"], start=0)
    b = folder(tmp_path / "B", ["news.txt"], start=1)
    out = tmp_path / "out"
    assert run(capsys, "brief", a, "-o", out, "-c", "extractive", "--format", "json")[0] == 0
    assert run(capsys, "brief", b, "-o", out, "-c", "extractive", "--format", "json")[0] == 0
    briefs = briefs_by_input(out)
    assert set(briefs) == {str(a / "news.txt"), str(b / "news.txt")}
    code, _, err = run(capsys, "brief", a, "-o", out, "-c", "extractive", "--format", "json")
    assert code == 0 and last_line(err).startswith("vnsumm: 0 done, 1 skipped, 0 failed")


@pytest.mark.parametrize("target", ["000.md", "index.json"])
def test_a_report_that_would_overwrite_a_brief_or_the_index_is_refused(capsys, tmp_path, target):
    src = folder(tmp_path / "in", ["000.txt", "001.txt"])
    out = tmp_path / "out"
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive", "--report", out / target)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--report" in err
    assert not out.exists()  # refused before any work


@pytest.mark.parametrize("name, mine", [("index.json", '{"mine": true}\n'),
                                        ("index.html", "<html><body>my own page</body></html>\n")])
def test_a_run_file_vnsumm_did_not_write_is_never_replaced(capsys, tmp_path, name, mine):
    src = folder(tmp_path / "in", ["000.txt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_text(mine)
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive")
    assert code == 2 and f"{name} exists and was not written by vnsumm" in err
    assert (out / name).read_text() == mine
    (out / name).unlink()
    assert run(capsys, "brief", src, "-o", out, "-c", "extractive")[0] == 0
    assert run(capsys, "brief", src, "-o", out, "-c", "extractive", "--force")[0] == 0  # its own files: replaced


def test_a_report_over_a_file_vnsumm_did_not_write_is_refused(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt"])
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out", "-c", "extractive", "--report", notes)
    assert code == 2 and notes.read_text() == "my notes\n"


# -- resume keys ----------------------------------------------------------------------------
def test_jsonl_resume_matches_the_same_folder_named_two_ways(capsys, tmp_path, monkeypatch):
    folder(tmp_path / "o" / "in", ["000.txt", "001.txt"])
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    assert run(capsys, "brief", "o/in", "-o", out, "-c", "extractive", "--format", "jsonl")[0] == 0
    code, _, err = run(capsys, "brief", tmp_path / "o" / "in", "-o", out, "-c", "extractive", "--format", "jsonl")
    assert code == 0 and last_line(err).startswith("vnsumm: 0 done, 2 skipped, 0 failed")
    assert len((out / "briefs.jsonl").read_text().splitlines()) == 2


def test_md_resume_matches_the_same_file_named_two_ways(capsys, tmp_path, monkeypatch):
    folder(tmp_path / "in", ["000.txt"])
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "brief", "in", "-o", "out", "-c", "extractive")[0] == 0
    code, _, err = run(capsys, "brief", "./in/../in", "-o", "out", "-c", "extractive")
    assert code == 0 and last_line(err).startswith("vnsumm: 0 done, 1 skipped, 0 failed")


# -- one run per output folder ------------------------------------------------------------------
def test_a_busy_output_folder_is_refused_with_the_holders_pid(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt"])
    out = tmp_path / "out"
    out.mkdir()
    with FolderLock(out):
        code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive", "--format", "jsonl")
    assert code == 2 and f"pid {os.getpid()}" in err and len(err.strip().splitlines()) == 1
    assert not (out / "briefs.jsonl").exists()


def test_a_stale_lock_of_a_dead_run_is_taken_over(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt"])
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / ".vnsumm.lock").write_text(f"{dead.pid}\n")
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive")
    assert code == 0, err
    assert (out / ".vnsumm.lock").read_text() == ""  # released: the file stays, holding no pid


def test_a_lock_file_planted_as_a_link_is_refused_and_its_target_untouched(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt"])
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    (out / ".vnsumm.lock").symlink_to(victim)
    for extra in ([], ["--format", "jsonl"]):
        code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive", *extra)
        assert code == 2 and len(err.strip().splitlines()) == 1 and "symbolic link" in err
    assert victim.read_text() == "keep me" and not list(out.glob("*.md"))


def test_the_lock_file_is_never_removed_so_two_runs_never_both_hold_it(tmp_path):
    import fcntl

    first = FolderLock(tmp_path)
    first.__enter__()
    second = os.open(tmp_path / ".vnsumm.lock", os.O_RDWR)  # a second run has opened the lock file...
    try:
        first.__exit__(None, None, None)
        with FolderLock(tmp_path):  # ...a third run takes the lock first...
            with pytest.raises(BlockingIOError):  # ...so the second must be refused, not get a lock of its own
                fcntl.flock(second, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(second)


def test_an_output_folder_that_cannot_be_written_is_one_line_exit_2(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt"])
    out = tmp_path / "out"
    (out / ".vnsumm.lock").mkdir(parents=True)  # the lock cannot be opened (as in a read-only folder)
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "internal error" not in err, err
    if os.geteuid() != 0:  # root writes into read-only folders
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o555)
        code, _, err = run(capsys, "brief", src, "-o", ro, "-c", "extractive")
        assert code == 2 and "cannot write in the output folder" in err and len(err.strip().splitlines()) == 1


def test_two_jsonl_runs_at_once_lose_no_brief(tmp_path):
    """The second run waits for nothing: it is refused at once, and the first run's briefs are all there."""
    src = many_articles(tmp_path / "in", 30)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnsumm", "brief", str(src), "-o", str(out), "-c", "extractive",
           "--format", "jsonl", "-q", "-s", "batch_size=1"]
    # the first run stops itself (holding the lock) after its first brief, a known point, not a moment
    first = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env={**os.environ, "VNSUMM_TEST_STOP": "written:1"})
    _, status = os.waitpid(first.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status)
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    first.send_signal(signal.SIGCONT)
    _, first_err = first.communicate(timeout=300)
    assert first.returncode == 0, first_err
    assert second.returncode == 2 and "in use by another vnsumm run" in second.stderr
    lines = (out / "briefs.jsonl").read_text().splitlines()
    assert len(lines) == 30 and len({json.loads(line)["vnsumm"]["input_key"] for line in lines}) == 30


def test_a_jsonl_write_failure_fails_those_briefs_and_the_run_still_closes(capsys, tmp_path, monkeypatch):
    import errno

    import vnsumm.outputs

    src = folder(tmp_path / "in", ["000.txt", "001.txt"])
    out = tmp_path / "out"
    real = vnsumm.outputs.atomic_write

    def disk_full_for_jsonl(path, data):
        if Path(path).name == "briefs.jsonl":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(vnsumm.outputs, "atomic_write", disk_full_for_jsonl)
    report = tmp_path / "report.json"
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive", "--format", "jsonl", "--report", report)
    assert code == 1
    assert last_line(err).startswith("vnsumm: 0 done, 0 skipped, 2 failed")
    assert json.loads((out / "index.json").read_text())["failed"][0]["reason"].endswith("No space left on device")
    assert json.loads(report.read_text())["counts"]["failed"] == 2


# -- symbolic links and special files -------------------------------------------------------------
def test_a_link_out_of_the_input_folder_is_skipped_unless_asked(capsys, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(seed_text(3).replace("Hoa Kỳ", "BÍ MẬT Hoa Kỳ"), encoding="utf-8")
    src = folder(tmp_path / "in", ["000.txt"])
    (src / "leak.txt").symlink_to(secret)
    out = tmp_path / "out"
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive", "--format", "json")
    assert code == 0 and last_line(err).startswith("vnsumm: 1 done, 1 skipped, 0 failed")
    assert "leak.txt: a symbolic link to" in err and "--follow-symlinks" in err
    assert not any("BÍ MẬT" in p.read_text() for p in out.iterdir() if p.is_file())
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out2", "-c", "extractive", "--follow-symlinks")
    assert code == 0 and last_line(err).startswith("vnsumm: 2 done")


def test_a_file_named_on_the_command_line_is_read_as_given(capsys, tmp_path):
    target = folder(tmp_path / "elsewhere", ["real.txt"]) / "real.txt"
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, out, err = run(capsys, "brief", link, "-c", "extractive")
    assert code == 0 and out.startswith("# ")


def test_loops_fifos_and_folders_named_like_files_are_reported(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt"])
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(src / "pipe.txt")
    (src / "folder.txt").mkdir()
    code, _, err = run(capsys, "brief", src, "-o", tmp_path / "out", "-c", "extractive", "-r")
    assert code == 0 and last_line(err).startswith("vnsumm: 1 done, 4 skipped, 0 failed")
    for name, reason in (("loop.txt", "loop"), ("broken.txt", "broken"), ("pipe.txt", "FIFO"),
                         ("folder.txt", "folder named like")):
        assert any(name in line and reason in line for line in err.splitlines()), name


# -- exit codes and messages -----------------------------------------------------------------
def test_check_exits_2_for_an_unreadable_article(capsys, tmp_path):
    brief = tmp_path / "brief.txt"
    brief.write_text("On May 8 the US gave $130 million.")
    code, _, err = run(capsys, "check", tmp_path / "missing.txt", brief)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_a_full_standard_output_is_one_line(tmp_path):
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_2b6d86a53e841c95.txt"
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "vnsumm", "brief", str(seed), "-c", "extractive"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "vnsumm: error: cannot write to standard output: No space left on device"


def test_a_second_ctrl_c_during_shutdown_exits_130_without_a_traceback(tmp_path):
    src = many_articles(tmp_path / "in", 20)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnsumm", "brief", str(src), "-o", str(out), "-c", "extractive", "-q",
           "-s", "batch_size=1"]
    # Ctrl-C after the second brief is written, and again as the run writes its index
    proc = subprocess.run(cmd, stderr=subprocess.PIPE, text=True, timeout=300,
                          env={**os.environ, "VNSUMM_TEST_SIGNAL": "written:2,finish"})
    assert proc.returncode == 130, proc.stderr
    assert "Traceback" not in proc.stderr
    index = json.loads((out / "index.json").read_text())
    assert index["interrupted"] is True and len(index["done"]) == 2 == len(list(out.glob("*.md")))


def test_quiet_hides_the_model_loading_bars(tmp_path, tiny_config):
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_2b6d86a53e841c95.txt"
    shutil.copy(seed, tmp_path / "a.txt")
    cmd = [sys.executable, "-m", "vnsumm", "brief", str(tmp_path / "a.txt"), "-c", str(tiny_config)]
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_DISABLE_PROGRESS_BARS"}  # in-process -q runs set it
    loud = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    quiet = subprocess.run(cmd + ["-q"], capture_output=True, text=True, timeout=300, env=env)
    assert loud.returncode == quiet.returncode == 0, quiet.stderr
    assert "Loading weights" in loud.stderr and "Loading weights" not in quiet.stderr


# -- names and stamps of any length -----------------------------------------------------------------
def test_long_ids_and_file_names_are_briefed_and_resumed(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    rows = [{"id": "ệ" * 100, "text": seed_text(0)}, {"id": "x" * 5000, "text": seed_text(1)}]
    data = src / "news.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    long_file = src / ("a" * 247 + ".txt")  # 251 characters
    long_file.write_text(seed_text(2), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, "brief", data, long_file, "-o", out, "-c", "extractive")
    assert code == 0, err
    assert last_line(err).startswith("vnsumm: 3 done, 0 skipped, 0 failed")
    assert all(len(os.fsencode(p.name)) <= 200 for p in out.rglob("*.md"))
    code, _, err = run(capsys, "brief", data, long_file, "-o", out, "-c", "extractive")
    assert code == 0 and last_line(err).startswith("vnsumm: 0 done, 3 skipped, 0 failed"), err


# -- vnsumm's own outputs are never inputs ------------------------------------------------------------
def test_a_recursive_rerun_over_a_tree_with_an_earlier_output_does_not_brief_it(capsys, tmp_path):
    tree = tmp_path / "tree"
    folder(tree / "in", ["000.txt", "001.txt"])
    assert run(capsys, "brief", tree / "in", "-o", tree / "out", "-c", "extractive")[0] == 0
    assert (tree / "out" / "index.html").is_file()
    code, _, err = run(capsys, "brief", tree, "-r", "-o", tmp_path / "again", "-c", "extractive")
    assert code == 0, err
    assert last_line(err).startswith("vnsumm: 2 done, 1 skipped, 0 failed")
    assert "a page vnsumm wrote" in " ".join(lines for lines in err.splitlines() if "index.html" in lines)


def test_a_dataset_named_briefs_jsonl_in_o_never_gets_briefs_appended(capsys, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    data = out / "briefs.jsonl"
    data.write_text(json.dumps({"id": "1", "text": seed_text(0)}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = data.read_bytes()
    for extra in ([], ["--allow-input-folder"]):
        code, _, err = run(capsys, "brief", data, "-o", out, "-c", "extractive", "--format", "jsonl", *extra)
        assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert data.read_bytes() == before


def test_a_brief_run_never_replaces_an_eval_page(capsys, tmp_path):
    from vnsumm.review import page

    src = folder(tmp_path / "in", ["000.txt"])
    out = tmp_path / "out"
    out.mkdir()
    eval_page = page("vnsumm eval: summarize", "<p>scores</p>")
    (out / "index.html").write_text(eval_page, encoding="utf-8")
    code, _, err = run(capsys, "brief", src, "-o", out, "-c", "extractive")
    assert code == 2 and "the page of an eval run" in err and len(err.strip().splitlines()) == 1
    assert (out / "index.html").read_text(encoding="utf-8") == eval_page and not list(out.glob("*.md"))


def test_a_link_planted_on_the_way_to_an_output_never_leads_a_write_out_of_o(capsys, tmp_path):
    src = tmp_path / "in"
    (src / "news").mkdir(parents=True)
    (src / "news" / "000.txt").write_text(seed_text(0), encoding="utf-8")
    (src / "001.txt").write_text(seed_text(1), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "news").symlink_to(outside, target_is_directory=True)  # out/news/000.md would land in outside/
    code, _, err = run(capsys, "brief", src, "-r", "-o", out, "-c", "extractive", "--force")
    assert code == 1 and "leads out of the output folder" in err and "Traceback" not in err
    assert list(outside.iterdir()) == [] and (out / "001.md").is_file()


def test_a_lock_file_planted_as_a_hard_link_is_refused(capsys, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    os.link(victim, out / ".vnsumm.lock")
    code, _, err = run(capsys, "brief", folder(tmp_path / "in", ["000.txt"]), "-o", out, "-c", "extractive")
    assert code == 2 and "hard link" in err and victim.read_text() == "keep me"


def test_files_vnsumm_wrote_named_as_inputs_are_skipped_never_read(capsys, tmp_path):
    src = folder(tmp_path / "in", ["000.txt", "001.txt"])
    first = tmp_path / "first"
    report = tmp_path / "report.json"
    assert run(capsys, "brief", src, "-o", first, "-c", "extractive", "--format", "jsonl", "--report", report)[0] == 0
    assert run(capsys, "brief", src, "-o", tmp_path / "md", "-c", "extractive")[0] == 0
    own = [first / "briefs.jsonl", first / "index.json", report, tmp_path / "md" / "000.md", tmp_path / "md" / "index.html"]
    code, _, err = run(capsys, "brief", *own, src / "000.txt", "-o", tmp_path / "again", "-c", "extractive",
                       "--format", "jsonl")
    assert code == 0, err
    assert last_line(err).startswith("vnsumm: 1 done, 5 skipped, 0 failed")
    assert all(any(str(path) in line and "vnsumm wrote" in line or f"{path}:" in line and "of a vnsumm run" in line
                   for line in err.splitlines()) for path in own), err
    assert len((tmp_path / "again" / "briefs.jsonl").read_text().splitlines()) == 1


def test_a_briefs_jsonl_vnsumm_did_not_write_is_never_rewritten(capsys, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "briefs.jsonl").write_text('{"mine": 1}\n')
    code, _, err = run(capsys, "brief", folder(tmp_path / "in", ["000.txt"]), "-o", out, "-c", "extractive",
                       "--format", "jsonl")
    assert code == 2 and "not written by vnsumm" in err and (out / "briefs.jsonl").read_text() == '{"mine": 1}\n'
