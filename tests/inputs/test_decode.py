"""Garbled text is refused however it arrives: file bytes, a dataset row, a ``str`` handed to load_article."""
from __future__ import annotations

import json

import pytest

from bad_inputs import seed_text
from vnsumm.cli import main
from vnsumm.errors import InputError
from vnsumm.inputs import decode_bytes, load_article
from vnsumm.inputs.legacy import to_legacy
from vnsumm.inputs.sources import gather_inputs

SEED = seed_text(1)
GARBLED = {
    "VNI": (to_legacy(SEED, "VNI"), "looks like VNI-encoded Vietnamese read as Windows-1252"),
    "TCVN3": (to_legacy(SEED, "TCVN3"), "looks like TCVN3-encoded Vietnamese read as Windows-1252"),
    "mojibake": (SEED.encode("utf-8").decode("cp1252", errors="replace"), "the text is mojibake"),
    "mojibake-latin1": (SEED.encode("utf-8").decode("latin-1"), "the text is mojibake"),
}


@pytest.mark.parametrize("kind", GARBLED)
def test_garbled_text_is_refused_as_text_and_as_bytes(kind):
    text, words = GARBLED[kind]
    with pytest.raises(InputError, match=f"^x: {words}") as as_str:
        load_article(text, name="x")
    with pytest.raises(InputError, match=f"^x: {words}") as as_bytes:
        load_article(text.encode("utf-8"), name="x")
    assert str(as_str.value) == str(as_bytes.value) and "\n" not in str(as_str.value)


@pytest.mark.parametrize("encoding", ["VNI", "TCVN3"])
def test_a_legacy_file_itself_is_named_by_its_encoding(encoding):
    raw = to_legacy(SEED, encoding).encode("latin-1")  # the bytes the old font encoding wrote
    with pytest.raises(InputError, match=f"^a.txt: looks like {encoding}-encoded Vietnamese \\(a legacy font "
                                         "encoding\\): .*; convert it to Unicode \\(UTF-8\\)$"):
        decode_bytes(raw, name="a.txt")


def test_a_garbled_dataset_row_fails_alone_with_the_reason(tmp_path, capsys):
    data = tmp_path / "d.jsonl"
    rows = [{"id": "ok", "article": SEED}, {"id": "vni", "article": GARBLED["VNI"][0]},
            {"id": "moji", "article": GARBLED["mojibake"][0]}]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    inputs = gather_inputs([str(data)])
    with pytest.raises(InputError, match=f"^{data}#vni: looks like VNI-encoded Vietnamese"):
        inputs[1].load(inputs[1].read())
    code = main(["brief", str(data), "-c", "extractive", "--format", "jsonl", "-o", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err
    assert code == 1 and "1 done, 0 skipped, 2 failed" in err
    assert f"failed {data}#vni: looks like VNI-encoded Vietnamese read as Windows-1252" in err
    assert f"failed {data}#moji: the text is mojibake" in err


def test_the_api_refuses_garbled_text():
    import vnsumm

    with pytest.raises(InputError, match="looks like TCVN3-encoded Vietnamese"):
        vnsumm.read(GARBLED["TCVN3"][0])


def test_unicode_vietnamese_still_loads():
    assert load_article(SEED).body == load_article(SEED.encode("utf-8")).body
