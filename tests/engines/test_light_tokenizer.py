"""The CTranslate2 engine's T5 tokenizer: transformers' ids, tokens and text, without importing torch."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vnsumm.engines.light_tokenizer import LightTokenizer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pair(tiny_t5):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_t5)), LightTokenizer.load(str(tiny_t5))


def texts() -> list[str]:
    lines = [line.strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[:60] + ["", "vi: Hà Nội", "Hoà Bình,  VIỆT NAM: 20.000 người_dân!  ", "a\u00a0b\tc ... ?!"]


def test_ids_tokens_and_decoding_are_transformers(pair):
    reference, light = pair
    assert light is not None
    batch = texts()
    expected = reference(batch, add_special_tokens=True)["input_ids"]
    assert light(batch, add_special_tokens=True)["input_ids"] == [list(ids) for ids in expected]
    for ids in expected:
        assert light.convert_ids_to_tokens(ids) == reference.convert_ids_to_tokens(ids)
        tokens = reference.convert_ids_to_tokens(ids)
        assert light.convert_tokens_to_ids(tokens) == reference.convert_tokens_to_ids(tokens)
        assert light.decode(ids, skip_special_tokens=True) == reference.decode(ids, skip_special_tokens=True)
    long = " ".join(batch)
    for limit in (5, 64):
        assert light(long, truncation=True, max_length=limit)["input_ids"] == list(
            reference(long, truncation=True, max_length=limit)["input_ids"])
    assert len(light(long)["input_ids"]) > 64  # truncation is for that call only
    assert (light.eos_token, light.unk_token_id, light.model_max_length) == (
        reference.eos_token, reference.unk_token_id, reference.model_max_length)
    assert light.convert_tokens_to_ids("no-such-token") == reference.convert_tokens_to_ids("no-such-token")


def test_other_tokenizers_stay_with_transformers(tiny_marian, tmp_path):
    assert LightTokenizer.load(str(tiny_marian)) is None
    assert LightTokenizer.load(str(tmp_path)) is None


def test_a_ctranslate2_run_imports_neither_torch_nor_transformers(t5_float32):
    code = (
        "import sys\n"
        "from vnsumm.engines import load_engine\n"
        "from vnsumm.engines.settings import EngineSettings\n"
        f"engine = load_engine('ctranslate2', {str(t5_float32)!r}, EngineSettings(device='cpu', "
        "generation={'max_new_tokens': 8}))\n"
        "out = engine.generate(['Hà Nội hôm nay trời nắng đẹp.'])\n"
        "assert out[0].text, out\n"
        "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[]"
