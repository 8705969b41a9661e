#!/usr/bin/env bash
# The checks that need a CUDA GPU, in one go; CI has none, so run this where there is one
# (README, "On a GPU", has the last figures):
#
#   bash eval/gpu_check.sh [OUT_DIR]            # default: gpu-check/
#   bash eval/gpu_check.sh OUT_DIR --no-bench   # steps 1 and 2 only, under a minute
#
# 1. the GPU tests (tests/engines/test_cuda.py, the GPU bench test) and the engine tests beside them;
# 2. the CTranslate2 engine on the GPU: does it run, and is its answer the CPU's (or one line saying why not);
# 3. eval/bench.py --device cuda: the naive model-card loop against vnsumm's transformers engine on
#    random-weight ViT5-base + EnViT5-base, then vnsumm alone with GPU-sized batches.
# BENCH_WORK (default ~/.cache/vnsumm-bench) holds the bench's tokenizer and models.
set -uo pipefail
out=$(realpath -m "${1:-gpu-check}")
bench=${2:-}
mkdir -p "$out"
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1 TRANSFORMERS_VERBOSITY=error
work=${BENCH_WORK:-$HOME/.cache/vnsumm-bench}
status=0

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | tee "$out/gpu.txt"
python -c "import torch, transformers; print('torch', torch.__version__, 'CUDA', torch.version.cuda,
'transformers', transformers.__version__)" | tee -a "$out/gpu.txt"

python -m pytest -q -p no:cacheprovider -rs tests/engines/test_cuda.py tests/engines/test_bench.py \
  tests/engines/test_devices.py tests/engines/test_ctranslate2.py tests/translate/test_seq2seq.py \
  2>&1 | tee "$out/pytest.txt" || status=1

python - <<'EOF' 2>&1 | tee "$out/ctranslate2_gpu.txt"
import tempfile

import ctranslate2

from vnsumm.engines import load_engine
from vnsumm.engines.ctranslate2 import convert, default_quantization
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ModelError

print("CTranslate2", ctranslate2.__version__, "sees", ctranslate2.get_cuda_device_count(), "GPU(s);",
      "default quantization:", default_quantization())
folder = convert("tests/fixtures/t5-copier", tempfile.mkdtemp() + "/copier", "float32")
probe = ["Thượng tướng Hoàng Xuân Chiến nhấn mạnh", "Hoa Kỳ công bố khoản hỗ trợ mới trị giá 130 triệu USD"]
greedy = {"num_beams": 1, "max_new_tokens": 40}
expected = load_engine("ctranslate2", str(folder), EngineSettings(device="cpu", generation=greedy)).generate(probe)
for device in ("auto", "cuda"):
    try:
        engine = load_engine("ctranslate2", str(folder), EngineSettings(device=device, generation=greedy))
        outputs = engine.generate(probe)
        print(f"device {device} -> {engine.describe()['device']}: same outputs as the CPU: {outputs == expected}")
    except ModelError as exc:
        print(f"device {device}: ModelError: {exc}")

import contextlib, io, json, pathlib
from vnsumm.cli import main
config = pathlib.Path(tempfile.mkdtemp()) / "ct2-copier.yaml"
config.write_text(f"""summarizer: {{backend: seq2seq, engine: ctranslate2, model: {folder}, generation: {greedy}}}
translator: {{backend: seq2seq, engine: ctranslate2, model: {folder}, prefix: "vi: ", output_prefix: "en: ", generation: {greedy}}}
""", encoding="utf-8")
seed = sorted(pathlib.Path("seeds").glob("*.txt"))[0]
for device in ("auto", "cuda"):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["brief", str(seed), "-c", str(config), "--device", device, "--format", "json", "-q"])
    devices = sorted({stage["device"] for stage in json.loads(out.getvalue())["models"].values()}) if code == 0 else []
    print(f"vnsumm brief --device {device}: exit {code}, models on {devices}")
EOF

[ "$bench" = --no-bench ] && exit $status
python eval/bench.py --device cuda --runners naive,transformers --copies 4 --work "$work" \
  --json "$out/bench_gpu.json" 2>&1 | tee "$out/bench_gpu.txt" || status=1
python eval/bench.py --device cuda --runners transformers --copies 8 --batch-size 32 --work "$work" \
  --json "$out/bench_gpu_batch32.json" 2>&1 | tee "$out/bench_gpu_batch32.txt" || status=1
exit $status
