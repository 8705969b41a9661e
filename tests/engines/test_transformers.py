"""The transformers engine's own settings: compute_type as a torch dtype (the model's own by default)."""
import pytest
import tiny_models

from vnsumm.engines import load_engine
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError

GREEDY = {"num_beams": 1, "do_sample": False, "max_new_tokens": 40}


def engine(model, compute_type: str):
    return load_engine("transformers", str(model), EngineSettings(device="cpu", compute_type=compute_type,
                                                                  generation=GREEDY))


def test_compute_type_loads_the_weights_in_that_type_and_the_record_says_so(tiny_t5):
    import torch

    saved = engine(tiny_t5, "default")
    assert saved.model.dtype == torch.float32 and saved.describe()["compute_type"] == "float32"
    half = engine(tiny_t5, "bfloat16")
    assert {p.dtype for p in half.model.parameters()} == {torch.bfloat16}
    assert half.describe()["compute_type"] == "bfloat16"
    probe = tiny_models.COPY_PROBES[0]
    assert saved.generate([probe])[0].text == half.generate([probe])[0].text == probe  # it still copies


def test_a_compute_type_torch_has_no_dtype_for_is_refused_before_loading(tmp_path):
    for wrong in ("int8", "int8_float16", "float64"):
        with pytest.raises(ConfigError, match=f"the transformers engine runs compute_type default, float32, float16, "
                                              f"bfloat16, not '{wrong}'"):
            load_engine("transformers", str(tmp_path / "no-such-model"), EngineSettings(compute_type=wrong))
