"""Fixtures of the engine tests: CTranslate2 conversions of the tiny models, made once per session."""
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def t5_float32(tiny_t5, tmp_path_factory) -> Path:
    """The tiny copier T5 converted to CTranslate2 at float32 (outputs comparable with transformers)."""
    from vnsumm.engines.ctranslate2 import convert

    return convert(str(tiny_t5), tmp_path_factory.mktemp("ct2") / "t5-float32", "float32")


@pytest.fixture(scope="session")
def spans() -> list[str]:
    """Short seed spans the copier copies, and pairs of them, which it copies less surely."""
    import tiny_models

    single = tiny_models.seed_sentences()
    return single[3::17][:16] + [a + " " + b for a, b in zip(single[5::41][:8], single[400::37][:8])]
