"""eval/llm_bench.py refuses a setting it would ignore."""
from pathlib import Path

import pytest
from scripts import load_script

BENCH = Path(__file__).resolve().parents[2] / "eval" / "llm_bench.py"


def test_no_continuous_batching_with_a_server_of_ones_own_is_refused(capsys):
    with pytest.raises(SystemExit):
        load_script(BENCH, "vnsumm_llm_bench").main(["--base-url", "http://127.0.0.1:9/v1", "--no-continuous-batching"])
    assert "--no-continuous-batching is a setting of the tiny server this script starts" in capsys.readouterr().err
