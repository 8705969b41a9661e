"""Durable files: temp files put in place together, whole and synced, or not at all."""
from __future__ import annotations

import os
from pathlib import Path

import vnsumm.durable
from vnsumm.durable import TEMP_NAME, commit_temps, write_temp


def test_temp_files_are_put_in_place_whole_with_the_usual_mode(tmp_path):
    places = [tmp_path / "a.md", tmp_path / "sub" / "b.md"]
    temps = {place: write_temp(place, f"brief {place.name}\n", sync=False) for place in places}
    assert all(TEMP_NAME.match(t.name) and str(os.getpid()) in t.name for t in temps.values())
    assert not any(place.exists() for place in places)  # nothing under a name before the commit
    assert commit_temps(temps) == {}
    assert [place.read_text() for place in places] == ["brief a.md\n", "brief b.md\n"]
    assert oct(places[0].stat().st_mode & 0o777) == oct(0o666 & ~_umask())
    assert not list(tmp_path.rglob("*.tmp"))


def test_files_that_cannot_be_made_durable_fail_and_none_is_put_in_place(tmp_path, monkeypatch):
    places = [tmp_path / "a.md", tmp_path / "b.md"]
    (tmp_path / "b.md").write_text("the brief of an earlier run\n")
    temps = {place: write_temp(place, "new\n", sync=False) for place in places}

    def disk_error(path: Path) -> bool:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(vnsumm.durable, "_syncfs", disk_error)
    monkeypatch.setattr(vnsumm.durable, "_fsync_path", disk_error)
    failed = commit_temps(temps)
    assert sorted(failed) == sorted(places) and all(e.strerror == "Input/output error" for e in failed.values())
    assert not (tmp_path / "a.md").exists() and (tmp_path / "b.md").read_text() == "the brief of an earlier run\n"
    assert not list(tmp_path.glob(".*.tmp"))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
