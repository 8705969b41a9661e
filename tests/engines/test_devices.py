"""One device resolver for both engines, and the shared CPU thread count."""
import pytest

from vnsumm.engines.devices import Device, cpu_count, cuda_count, resolve_device
from vnsumm.errors import ModelError


@pytest.mark.parametrize("runtime", ["torch", "ctranslate2"])
def test_cpu_and_auto_resolve_the_same_way_for_both_runtimes(runtime):
    assert resolve_device("cpu", runtime) == Device("cpu", 0) and str(Device("cpu")) == "cpu"
    expected = Device("cuda", 0) if cuda_count(runtime) else Device("cpu", 0)
    assert resolve_device("auto", runtime) == expected


@pytest.mark.parametrize("runtime", ["torch", "ctranslate2"])
def test_bad_or_unavailable_devices_are_one_line_errors(runtime):
    for bad in ("tpu", "cuda:x", "gpu0"):
        with pytest.raises(ModelError, match=f"unknown device '{bad}'"):
            resolve_device(bad, runtime)
    if cuda_count(runtime):
        assert str(resolve_device("cuda:0", runtime)) == "cuda:0"
        with pytest.raises(ModelError, match="does not exist"):
            resolve_device("cuda:99", runtime)
    else:
        with pytest.raises(ModelError, match=f"{runtime} sees no CUDA GPU"):
            resolve_device("cuda", runtime)


def test_cpu_count_follows_omp_num_threads(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert cpu_count() == 3
    monkeypatch.setenv("OMP_NUM_THREADS", "lots")
    assert cpu_count() >= 1
