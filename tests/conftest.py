"""Shared fixtures: tiny real-architecture models built once per test session (or reused from cache).

Tests never touch the network: the hub is switched off for the whole session.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# property tests draw the same examples on every run: the suite gives the same result three runs in a row
settings.register_profile("vnsumm", derandomize=True)
settings.load_profile("vnsumm")

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# tiny models on a 2-core machine: threads only wait on each other (a suite 1.7x faster with one);
# vnsumm's engines follow OMP_NUM_THREADS when no `threads` setting is given
os.environ.setdefault("OMP_NUM_THREADS", "1")

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(TESTS))

import tiny_models  # noqa: E402

# rouge_score imports absl, whose log handler keeps the sys.stderr of the moment it was created
# (pytest's capture object); underthesea's import calls logging.config.dictConfig, which closes every
# handler's stream that is not the current sys.stderr, so pytest's capture would be closed under it.
from absl import logging as _absl_logging  # noqa: E402

_absl_logging.get_absl_handler().python_handler.stream = sys.__stderr__


def _cache_root() -> Path:
    """Built models are cached by the hash of their recipe (and the committed vocabulary they share)."""
    digest = hashlib.sha256((TESTS / "tiny_models.py").read_bytes())
    spm_model = tiny_models.T5_COPIER / "spiece.model"
    if spm_model.is_file():
        digest.update(spm_model.read_bytes())
    recipe = digest.hexdigest()[:16]
    base = Path(os.environ.get("VNSUMM_TEST_CACHE", Path.home() / ".cache" / "vnsumm-tests"))
    return base / recipe


def _cached(name: str, build) -> Path:
    """Build once into the cache; concurrent test runs wait for one build instead of racing."""
    target = _cache_root() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / "config.json").is_file():
            work = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=target.parent))
            try:
                build(work)
                shutil.rmtree(target, ignore_errors=True)
                os.replace(work, target)
            finally:
                shutil.rmtree(work, ignore_errors=True)
    return target


COPY_PROBES = tiny_models.COPY_PROBES
copies = tiny_models.copies


@pytest.fixture(scope="session")
def tiny_t5() -> Path:
    """Folder of a 2-layer T5 that copies its input and maps "vi: X" to "en: X" (committed, checked here)."""
    folder = tiny_models.T5_COPIER
    if not (folder / "model.safetensors").is_file():
        pytest.fail(f"{folder} is missing: run python tests/fixtures/build_tiny_models.py")
    tiny_models.check_t5_copier(folder)  # asserts it copies seed spans and maps "vi: X" to "en: X"
    return folder


@pytest.fixture(scope="session")
def tiny_marian(tiny_t5: Path) -> Path:
    """Folder of a random-weight Marian (opus-mt architecture) with its tokenizer."""
    return _cached("marian", lambda folder: tiny_models.build_marian(folder, tiny_t5 / "spiece.model"))


@pytest.fixture(scope="session")
def tiny_mbart(tiny_t5: Path) -> Path:
    """Folder of a random-weight mBART (vinai-translate architecture) with vi_VN/en_XX codes."""
    return _cached("mbart", lambda folder: tiny_models.build_mbart(folder, tiny_t5 / "spiece.model"))


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_config(tiny_t5: Path, tmp_path_factory) -> Path:
    """A ViT5 + EnViT5-style pipeline config on the tiny T5: greedy, CPU."""
    folder = tmp_path_factory.mktemp("configs")
    return write_config(folder / "tiny.yaml", f"""
summarizer:
  backend: seq2seq
  model: {tiny_t5}
  max_input_tokens: 512
  generation: {{num_beams: 1, do_sample: false, max_new_tokens: 40}}
translator:
  backend: seq2seq
  model: {tiny_t5}
  prefix: "vi: "
  output_prefix: "en: "
  max_input_tokens: 64
  generation: {{num_beams: 1, do_sample: false, max_new_tokens: 40}}
batch_size: 4
device: cpu
""")


@pytest.fixture(scope="session")
def tiny_opus_config(tiny_t5: Path, tiny_marian: Path, tmp_path_factory) -> Path:
    """Extractive summary + tiny Marian translator (opus-mt style, no prefixes)."""
    folder = tmp_path_factory.mktemp("configs-opus")
    return write_config(folder / "tiny-opus.yaml", f"""
summarizer:
  backend: extractive
  method: lead
  k: 2
translator:
  backend: seq2seq
  model: {tiny_marian}
  generation: {{num_beams: 1, max_new_tokens: 8, min_new_tokens: 8}}
batch_size: 4
device: cpu
""")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
