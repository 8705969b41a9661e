"""The transformers engine on a CUDA GPU: the CPU's outputs, the GPU named in the record, a full GPU one line.

CI has no GPU, so these run only where torch sees one (README, "On a GPU", says when they last ran and
how); on a machine without one the tests beside them check that ``--device cuda`` is refused instead.
"""
import json

import pytest

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="torch sees no CUDA GPU")

from vnsumm.cli import main  # noqa: E402
from vnsumm.engines import load_engine  # noqa: E402
from vnsumm.engines.settings import EngineSettings  # noqa: E402
from vnsumm.errors import ModelError  # noqa: E402

GREEDY = {"num_beams": 1, "do_sample": False, "max_new_tokens": 40}


def engine(model, device: str, **settings):
    return load_engine("transformers", str(model), EngineSettings(device=device, **settings))


def test_the_copier_gives_the_cpu_outputs_on_the_gpu(tiny_t5, spans):
    on_cpu = engine(tiny_t5, "cpu", batch_size=4, generation=GREEDY)
    on_gpu = engine(tiny_t5, "cuda", batch_size=4, generation=GREEDY)
    assert next(on_gpu.model.parameters()).device.type == "cuda"
    assert on_gpu.describe()["device"] == "cuda:0" and on_cpu.describe()["device"] == "cpu"
    assert on_gpu.generate(spans) == on_cpu.generate(spans)
    assert [o.text for o in on_gpu.generate(spans[:4])] == spans[:4]  # it still copies


@pytest.mark.parametrize("fixture", ["tiny_marian", "tiny_mbart"])
def test_random_marian_and_mbart_give_the_cpu_outputs_on_the_gpu(request, fixture, spans):
    model = request.getfixturevalue(fixture)
    forced = {"num_beams": 1, "max_new_tokens": 8, "min_new_tokens": 8}
    assert engine(model, "cuda:0", generation=forced).generate(spans) == engine(model, "cpu", generation=forced).generate(spans)


def test_threads_set_in_the_config_reach_torch_on_the_gpu_too(tiny_t5):
    before = torch.get_num_threads()
    try:
        engine(tiny_t5, "cuda", threads=1, generation=GREEDY)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


def test_bfloat16_weights_on_the_gpu_still_copy(tiny_t5):
    import tiny_models

    on_gpu = engine(tiny_t5, "cuda", compute_type="bfloat16", generation=GREEDY)
    assert next(on_gpu.model.parameters()).dtype == torch.bfloat16 and on_gpu.describe()["compute_type"] == "bfloat16"
    assert on_gpu.generate(tiny_models.COPY_PROBES[:1])[0].text == tiny_models.COPY_PROBES[0]


def test_a_gpu_out_of_memory_is_one_line_naming_batch_size(tiny_t5, spans):
    on_gpu = engine(tiny_t5, "cuda", batch_size=4, generation=GREEDY)
    torch.cuda.empty_cache()
    torch.cuda.set_per_process_memory_fraction(torch.cuda.memory_allocated() / torch.cuda.get_device_properties(0).total_memory)
    try:
        with pytest.raises(ModelError, match="out of memory running .* on cuda:0; lower batch_size"):
            on_gpu.generate(spans)
    finally:
        torch.cuda.set_per_process_memory_fraction(1.0)
    assert on_gpu.generate(spans[:2])  # the engine still works once memory is back


def test_ctranslate2_runs_on_the_gpu_or_auto_falls_back_to_the_cpu_in_one_warning(t5_float32, spans, caplog):
    ctranslate2 = pytest.importorskip("ctranslate2")
    if not ctranslate2.get_cuda_device_count():
        pytest.skip("CTranslate2 sees no GPU")
    settings = {"batch_size": 4, "generation": GREEDY, "compute_type": "float32"}
    on_cpu = load_engine("ctranslate2", str(t5_float32), EngineSettings(device="cpu", **settings)).generate(spans)
    auto = load_engine("ctranslate2", str(t5_float32), EngineSettings(device="auto", **settings))
    assert auto.generate(spans) == on_cpu
    try:
        on_gpu = load_engine("ctranslate2", str(t5_float32), EngineSettings(device="cuda", **settings))
    except ModelError as exc:  # CTranslate2 sees the GPU but cannot use it (its wheels need CUDA 12's cuBLAS)
        assert str(exc).startswith(f"CTranslate2 cannot run '{t5_float32}' on cuda:0: ") and "--device cpu" in str(exc)
        assert auto.describe()["device"] == "cpu" and "CTranslate2 cannot run on the GPU" in caplog.text
    else:
        assert auto.describe()["device"] == on_gpu.describe()["device"] == "cuda:0"
        assert on_gpu.generate(spans) == on_cpu


def brief_json(capsys, path, config, device: str) -> dict:
    code = main(["brief", str(path), "-c", str(config), "--device", device, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_a_brief_on_the_gpu_is_the_cpu_brief_and_auto_picks_the_gpu(capsys, tiny_config, seed_paths):
    on_cpu = brief_json(capsys, seed_paths[0], tiny_config, "cpu")
    for device in ("cuda", "auto"):
        on_gpu = brief_json(capsys, seed_paths[0], tiny_config, device)
        assert on_gpu["brief_en"] and on_gpu["brief_en"] == on_cpu["brief_en"]
        assert on_gpu["summary"] == on_cpu["summary"]
        assert on_gpu["warnings"] == on_cpu["warnings"] and on_gpu["checks"] == on_cpu["checks"]
        assert {stage["device"] for stage in on_gpu["models"].values()} == {"cuda:0"}
    assert {stage["device"] for stage in on_cpu["models"].values()} == {"cpu"}
