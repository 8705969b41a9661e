"""Speed benchmark: the model-card loop vs vnsumm's transformers and CTranslate2 back ends.

    python eval/bench.py                      # the seeds, ViT5-base + EnViT5-base (configs/default.yaml)
    python eval/bench.py --copies 4           # 4 copies of the seeds: batches fill up
    python eval/bench.py --translator opus    # ViT5-base + opus-mt-vi-en (configs/opus.yaml)
    python eval/bench.py --quick              # shorter outputs, a first look in a minute or two
    python eval/bench.py --device cuda --runners naive,transformers   # on a GPU (README, "On a GPU")

Offline and reproducible: the models are random-weight copies of the real architectures
(``eval/model_configs/*.json``, same layers, widths and vocabulary sizes) with a SentencePiece
tokenizer trained on the local Vietnamese data, and every output length is forced (equal
``min_new_tokens`` and ``max_new_tokens``: 128 per summary, 48 per translated sentence), so each
runner does the work the real models would do on these inputs, token for token.

Work per article, the same for every runner:
  * summary: the cleaned seed article, its leading sentences up to ``--input-tokens`` tokens
    (a news-article-sized input that fits ViT5's 1024-token limit as one input), → 128 tokens;
  * translation: the article's lead sentences up to ``--summary-tokens`` tokens stand in for the
    summary (random weights write no sentences), each sentence → 48 tokens.

Runners, one after another, each in its own child process so that each peak RSS is its own
(``resource.getrusage(RUSAGE_SELF).ru_maxrss`` read by the child at its end; the model load is
included in the peak but not in the timed part):
  * ``naive``: what the model cards show: tokenizer + ``AutoModelForSeq2SeqLM``, ``model.generate``
    on one text at a time (each article, then each sentence of its summary), default settings;
  * ``transformers``: vnsumm's seq2seq back end (batched by length, inference mode, tokenized once);
  * ``ctranslate2``: vnsumm's CTranslate2 back end on int8 conversions of the same models.
The vnsumm runners take articles ``--batch-size`` at a time, as ``vnsumm brief -o DIR`` does.
With ``--device cuda`` every runner puts its models and inputs on the GPU (the CTranslate2 runner only
where its wheel sees one) and the table adds each runner's peak GPU memory
(``torch.cuda.max_memory_allocated``, or CTranslate2's none: "-").

The last line is machine-readable: ``speedup_vs_naive=4.1 rss_ratio_vs_naive=0.35 best=ctranslate2
cpu_speedup_vs_naive=4.3``: the best vnsumm back end by articles/min (wall clock), its peak RSS over
the naive runner's, and the same speed ratio in CPU seconds (process time of each runner), which is
the steadier figure on a machine shared with other work (the table shows the load average).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = Path(__file__).resolve().parent / "model_configs"
DATA = Path(os.environ.get("VNSUMM_DATA", ROOT.parent / "shared" / "data"))  # ../shared/data beside the repo
RUNNERS = ("naive", "transformers", "ctranslate2")
TRANSLATORS = {  # --translator → (model config, prompt prefix, output prefix), as in configs/*.yaml
    "envit5": ("envit5-base", "vi: ", "en: "),
    "opus": ("opus-mt-vi-en", "", ""),
}


# -- preparation: tokenizer, random-weight models, conversions, inputs -------------------------
def corpus_lines() -> list[str]:
    """Vietnamese text for the bench tokenizer: local news data and the seeds."""
    lines: list[str] = []
    for name in ("vietnews_dev.jsonl", "xlsum_vi_dev.jsonl", "wikilingua_vi_en_dev.jsonl"):
        path = DATA / name
        if path.is_file():
            for row in path.read_text(encoding="utf-8").splitlines():
                lines += json.loads(row).get("article", "").split("\n")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        lines += seed.read_text(encoding="utf-8").split("\n")
    return [line.strip() for line in lines if line.strip()]


def train_tokenizer(folder: Path, vocab_size: int) -> Path:
    """A unigram SentencePiece model (pad 0, eos 1, unk 2, as T5's) on the local Vietnamese text."""
    import sentencepiece as spm

    model, recipe = folder / "spiece.model", folder / "vnsumm_bench.json"
    if model.is_file():
        made = json.loads(recipe.read_text(encoding="utf-8")).get("vocab") if recipe.is_file() else vocab_size
        if made != vocab_size:
            raise SystemExit(f"--vocab {vocab_size}: the tokenizer cached in {folder} was made with --vocab {made}; "
                             "use another --work")
        return model
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(corpus_lines()), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(folder / "spiece"), vocab_size=vocab_size, pad_id=0, eos_id=1,
        unk_id=2, bos_id=-1, character_coverage=1.0, model_type="unigram", hard_vocab_limit=False, minloglevel=2,
    )
    corpus.unlink()
    recipe.write_text(json.dumps({"vocab": vocab_size}) + "\n", encoding="utf-8")
    return model


def load_model_config(name: str, folder: Path = CONFIGS) -> dict[str, Any]:
    raw = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def build_t5(folder: Path, config: dict[str, Any], spm_model: Path) -> None:
    """Random-weight T5 of the given layout; the small tokenizer's ids are a prefix of its vocabulary."""
    import shutil

    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(spm_model, folder / "spiece.model")
    T5Tokenizer.from_pretrained(str(folder), extra_ids=0, model_max_length=1024).save_pretrained(str(folder))
    T5ForConditionalGeneration(T5Config(**config)).save_pretrained(str(folder))


def build_marian(folder: Path, config: dict[str, Any], spm_model: Path) -> None:
    """Random-weight Marian of the given layout, vocabulary padded to its size with <pad> last (as OPUS-MT)."""
    import shutil

    import sentencepiece as spm
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    for name in ("source.spm", "target.spm"):
        shutil.copy(spm_model, folder / name)
    pieces = spm.SentencePieceProcessor(model_file=str(spm_model))
    vocab = {"</s>": config["eos_token_id"], "<unk>": 1}
    for i in range(pieces.get_piece_size()):
        if not (pieces.is_control(i) or pieces.is_unknown(i)):
            vocab.setdefault(pieces.id_to_piece(i), len(vocab))
    while len(vocab) < config["vocab_size"] - 1:
        vocab[f"<unused_{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = config["pad_token_id"]
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    MarianTokenizer(
        source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"), vocab=str(folder / "vocab.json"),
        source_lang="vi", target_lang="en", model_max_length=512,
    ).save_pretrained(str(folder))
    MarianMTModel(MarianConfig(**config)).save_pretrained(str(folder))


def build_model(work: Path, name: str, spm_model: Path, configs: Path = CONFIGS) -> Path:
    """The random-weight model for ``eval/model_configs/NAME.json``, cached by the config's hash."""
    import torch

    config = load_model_config(name, configs)
    digest = hashlib.sha256(json.dumps(config, sort_keys=True).encode() + spm_model.read_bytes()).hexdigest()[:10]
    folder = work / "models" / f"{name}-{digest}"
    if (folder / "config.json").is_file():
        return folder
    say(f"building a random-weight {name} ...")
    torch.manual_seed(0)
    (build_marian if config["model_type"] == "marian" else build_t5)(folder, config, spm_model)
    return folder


def convert_int8(work: Path, folder: Path) -> Path:
    from vnsumm.engines.ctranslate2 import convert

    target = work / "ct2" / f"{folder.name}-int8"
    if not (target / "model.bin").is_file():
        say(f"converting {folder.name} to CTranslate2 int8 ...")
    return convert(str(folder), target, "int8")


def lead(sentences: list[str], counts: list[int], budget: int) -> list[str]:
    """Leading sentences within ``budget`` tokens (at least one)."""
    out, used = [], 0
    for sentence, n in zip(sentences, counts):
        if out and used + n > budget:
            break
        out.append(sentence)
        used += n
    return out


def prepare_inputs(summarizer_folder: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    from transformers import AutoTokenizer

    from vnsumm.clean import clean

    tokenizer = AutoTokenizer.from_pretrained(str(summarizer_folder))
    articles = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        sentences = clean(seed.read_text(encoding="utf-8")).sentences
        counts = [len(ids) - 1 for ids in tokenizer(sentences)["input_ids"]]  # without </s>
        body = lead(sentences, counts, args.input_tokens - 1)
        articles.append({
            "id": seed.stem, "sentences": body, "summary_sentences": lead(body, counts, args.summary_tokens),
            "input_tokens": sum(counts[: len(body)]) + 1,
        })
    return [dict(a, id=f"{a['id']}#{c}") for c in range(args.copies) for a in articles]


def prepare(args: argparse.Namespace) -> dict[str, Any]:
    from vnsumm.engines.devices import cpu_count

    work = Path(args.work)
    spm_model = train_tokenizer(work / "tokenizer", args.vocab)
    summarizer = build_model(work, "vit5-base", spm_model, Path(args.model_configs))
    translator_name, prefix, output_prefix = TRANSLATORS[args.translator]
    translator = build_model(work, translator_name, spm_model, Path(args.model_configs))
    plan = {
        "summarizer": str(summarizer), "translator": str(translator), "prefix": prefix,
        "output_prefix": output_prefix, "articles": prepare_inputs(summarizer, args),
        "summary_tokens": args.summary_out, "sentence_tokens": args.sentence_out, "beams": args.beams,
        "batch_size": args.batch_size, "threads": args.threads or cpu_count(), "release": args.release,
        "inter_threads": args.inter_threads, "device": args.device, "compute_type": args.compute_type,
    }
    if "ctranslate2" in args.runners:
        plan["summarizer_ct2"] = str(convert_int8(work, summarizer))
        plan["translator_ct2"] = str(convert_int8(work, translator))
    return plan


# -- runners (each in its own process) --------------------------------------------------------
def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_naive(plan: dict[str, Any]) -> dict[str, Any]:
    """The model-card way: load both models, then ``generate`` one text at a time."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    start = time.perf_counter()
    device = plan.get("device", "cpu")
    sum_tok = AutoTokenizer.from_pretrained(plan["summarizer"])
    sum_model = AutoModelForSeq2SeqLM.from_pretrained(plan["summarizer"]).to(device)
    tr_tok = AutoTokenizer.from_pretrained(plan["translator"])
    tr_model = AutoModelForSeq2SeqLM.from_pretrained(plan["translator"]).to(device)
    loaded, cpu = time.perf_counter(), time.process_time()
    beams, s_len, t_len = plan["beams"], plan["summary_tokens"], plan["sentence_tokens"]
    inputs = {"summarizer": 0, "translator": 0}
    for article in plan["articles"]:
        enc = sum_tok(" ".join(article["sentences"]), return_tensors="pt").to(device)
        ids = sum_model.generate(**enc, num_beams=beams, max_new_tokens=s_len, min_new_tokens=s_len)
        sum_tok.decode(ids[0], skip_special_tokens=True)
        inputs["summarizer"] += 1
        for sentence in article["summary_sentences"]:
            enc = tr_tok(plan["prefix"] + sentence, return_tensors="pt").to(device)
            ids = tr_model.generate(**enc, num_beams=beams, max_new_tokens=t_len, min_new_tokens=t_len)
            tr_tok.decode(ids[0], skip_special_tokens=True)
            inputs["translator"] += 1
    return {"load_s": loaded - start, "run_s": time.perf_counter() - loaded, "cpu_s": time.process_time() - cpu,
            "inputs": inputs, "compute_type": str(sum_model.dtype).removeprefix("torch.")}


def run_vnsumm(plan: dict[str, Any], engine: str) -> dict[str, Any]:
    """vnsumm's summarizer and translator, built from stage configs as the pipeline builds them."""
    from vnsumm import registry
    from vnsumm.article import Article
    from vnsumm.config import StageConfig

    suffix = "_ct2" if engine == "ctranslate2" else ""
    common = {"engine": engine, "threads": plan["threads"]}
    if engine == "transformers" and plan.get("compute_type", "default") != "default":
        common["compute_type"] = plan["compute_type"]
    batching = {"summarizer": {}, "translator": {}}
    if engine == "ctranslate2":  # as configs/ct2.yaml: batches cut by input tokens
        batching = {"summarizer": {"max_batch_tokens": plan.get("max_batch_tokens", 2048)},
                    "translator": {"max_batch_tokens": 4096}}
        common.update(release=plan.get("release", False), inter_threads=plan.get("inter_threads", 0))
    beams, s_len, t_len = plan["beams"], plan["summary_tokens"], plan["sentence_tokens"]
    stop = {"patience": 1} if beams > 1 and engine == "ctranslate2" else {}  # CTranslate2's own beam rule
    run = {"device": plan.get("device", "cpu"), "batch_size": plan["batch_size"]}
    if engine == "transformers":  # imported before the clock, as the naive runner does (CTranslate2 never imports it)
        import transformers  # noqa: F401
    start = time.perf_counter()
    summarizer = registry.build("summarizer", StageConfig("seq2seq", plan["summarizer" + suffix], {
        **common, **batching["summarizer"], "max_input_tokens": 1024,
        "generation": {"num_beams": beams, "max_new_tokens": s_len, "min_new_tokens": s_len, **stop},
    }), **run)
    translator = registry.build("translator", StageConfig("seq2seq", plan["translator" + suffix], {
        **common, **batching["translator"], "prefix": plan["prefix"], "output_prefix": plan["output_prefix"], "max_input_tokens": 512,
        "generation": {"num_beams": beams, "max_new_tokens": t_len, "min_new_tokens": t_len, **stop},
    }), **run)
    loaded, cpu = time.perf_counter(), time.process_time()
    inputs = {"summarizer": 0, "translator": 0}
    count_inputs(summarizer.engine, inputs, "summarizer")
    count_inputs(translator.engine, inputs, "translator")
    articles = plan["articles"]
    for first in range(0, len(articles), plan["batch_size"]):  # as `vnsumm brief -o DIR` flushes
        group = articles[first : first + plan["batch_size"]]
        summarizer.summarize([Article(sentences=a["sentences"]) for a in group])
        translator.translate(["\n".join(a["summary_sentences"]) for a in group])
    return {"load_s": loaded - start, "run_s": time.perf_counter() - loaded, "cpu_s": time.process_time() - cpu,
            "inputs": inputs, "compute_type": summarizer.engine.describe()["compute_type"]}


def count_inputs(engine: Any, inputs: dict[str, int], stage: str) -> None:
    generate = engine.generate

    def counted(texts):
        inputs[stage] += len(texts)
        return generate(texts)

    engine.generate = counted


def run_here(name: str, plan: dict[str, Any]) -> dict[str, Any]:
    if name != "ctranslate2":  # torch runners; CTranslate2 gets the same threads as a setting and never loads torch
        import torch

        torch.set_num_threads(plan["threads"])
    result = run_naive(plan) if name == "naive" else run_vnsumm(plan, name)
    result.update(runner=name, articles=len(plan["articles"]), peak_rss_mb=peak_rss_mb())
    if plan.get("device", "cpu") != "cpu" and name != "ctranslate2":
        result["peak_gpu_mb"] = torch.cuda.max_memory_allocated() / 2**20
    return result


def run_one(name: str, plan_path: Path) -> None:
    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    print("RESULT " + json.dumps(run_here(name, plan)))


def spawn(name: str, plan_path: Path, threads: int) -> dict[str, Any]:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false", TRANSFORMERS_VERBOSITY="error",
               OMP_NUM_THREADS=str(threads))
    proc = subprocess.run(
        [sys.executable, __file__, "--run-one", name, "--plan", str(plan_path)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise SystemExit(f"runner {name} failed:\n{proc.stderr[-3000:]}")


# -- report ------------------------------------------------------------------------------------
def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def report(results: list[dict[str, Any]], plan: dict[str, Any]) -> str:
    naive = next((r for r in results if r["runner"] == "naive"), None)
    gpu = plan.get("device", "cpu") != "cpu"
    rows = ["| runner | articles/min | s/article | CPU s/article | model load s | peak RSS MB | × naive speed "
            "| × naive RSS | model inputs (summ/transl) | load avg before/after |" + (" peak GPU MB |" if gpu else ""),
            "|---|---|---|---|---|---|---|---|---|---|" + ("---|" if gpu else "")]
    for r in results:
        r["per_min"] = 60 * r["articles"] / r["run_s"]
    for r in results:
        speed = f"{r['per_min'] / naive['per_min']:.2f}" if naive else "-"
        rss = f"{r['peak_rss_mb'] / naive['peak_rss_mb']:.2f}" if naive else "-"
        rows.append(
            f"| {r['runner']} | {r['per_min']:.1f} | {r['run_s'] / r['articles']:.2f} | {r['cpu_s'] / r['articles']:.2f} "
            f"| {r['load_s']:.1f} | {r['peak_rss_mb']:.0f} | {speed} | {rss} "
            f"| {r['inputs']['summarizer']}/{r['inputs']['translator']} | {r['loadavg'][0]}/{r['loadavg'][1]} |"
            + (f" {r['peak_gpu_mb']:.0f} |" if "peak_gpu_mb" in r else " - |" if gpu else "")
        )
    tokens = sum(a["input_tokens"] for a in plan["articles"]) / len(plan["articles"])
    sentences = sum(len(a["summary_sentences"]) for a in plan["articles"]) / len(plan["articles"])
    rows.append(
        f"\n{len(plan['articles'])} articles, {tokens:.0f} input tokens and {sentences:.1f} summary sentences on average; "
        f"outputs forced to {plan['summary_tokens']} tokens per summary and {plan['sentence_tokens']} per sentence; "
        f"num_beams={plan['beams']}, batch_size={plan['batch_size']}, {plan['threads']} CPU threads for every runner"
        + (f", models on {plan['device']} ({gpu_name()})" if gpu else "")
        + (f", transformers runner at {plan['compute_type']}" if plan.get("compute_type", "default") != "default" else "")
    )
    return "\n".join(rows)


def gpu_name() -> str:
    import torch

    return torch.cuda.get_device_name(0)


def summary_line(results: list[dict[str, Any]]) -> str:
    naive = next((r for r in results if r["runner"] == "naive"), None)
    ours = [r for r in results if r["runner"] != "naive"]
    if not naive or not ours:
        return "speedup_vs_naive=nan rss_ratio_vs_naive=nan"
    best = max(ours, key=lambda r: r["per_min"])
    return (f"speedup_vs_naive={best['per_min'] / naive['per_min']:.2f} "
            f"rss_ratio_vs_naive={best['peak_rss_mb'] / naive['peak_rss_mb']:.2f} best={best['runner']} "
            f"cpu_speedup_vs_naive={naive['cpu_s'] / best['cpu_s']:.2f}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=1, help="copies of the seeds (default 1: 5 articles)")
    parser.add_argument("--translator", choices=sorted(TRANSLATORS), default="envit5",
                        help="envit5 (configs/default.yaml) or opus (configs/opus.yaml)")
    parser.add_argument("--runners", default=",".join(RUNNERS), help="comma-separated, from " + ", ".join(RUNNERS))
    parser.add_argument("--beams", type=int, default=1, help="num_beams for every runner (default 1: greedy)")
    parser.add_argument("--batch-size", type=int, default=None, help="vnsumm batch_size (default 8, as the configs)")
    parser.add_argument("--input-tokens", type=int, default=700, help="article input length in tokens")
    parser.add_argument("--summary-tokens", type=int, default=128, help="length of the summary stand-in to translate")
    parser.add_argument("--summary-out", type=int, default=None, help="forced summary length in tokens (default 128)")
    parser.add_argument("--sentence-out", type=int, default=None,
                        help="forced length of each translated sentence (default 48)")
    parser.add_argument("--quick", action="store_true", help="outputs of 32 and 12 tokens: a first look")
    parser.add_argument("--release", action="store_true",
                        help="CTranslate2 stages free their model after each call (release: true): less peak RSS")
    parser.add_argument("--inter-threads", type=int, default=0,
                        help="CTranslate2 inter_threads (default 0: the engine's choice, 2 batches at once on 2+ threads)")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                        help="where every runner puts its models (default cpu; cuda: the first GPU)")
    parser.add_argument("--compute-type", default="default", choices=("default", "float32", "float16", "bfloat16"),
                        help="the transformers runner's compute_type, a torch dtype (default: the weights as saved)")
    parser.add_argument("--vocab", type=int, default=4000, help="bench tokenizer size (the models keep theirs)")
    parser.add_argument("--threads", type=int, default=0,
                        help="CPU threads for every runner (default: OMP_NUM_THREADS, else the usable cores)")
    parser.add_argument("--work", default=str(Path.home() / ".cache" / "vnsumm-bench"), help="cache of models")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--model-configs", default=str(CONFIGS), metavar="DIR",
                        help="architecture configs (vit5-base.json, envit5-base.json, opus-mt-vi-en.json)")
    parser.add_argument("--in-process", action="store_true",
                        help="run the runners in this process (a smoke test: peak RSS is not per runner)")
    parser.add_argument("--run-one", choices=RUNNERS, help=argparse.SUPPRESS)
    parser.add_argument("--plan", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick and (args.summary_out is not None or args.sentence_out is not None):
        parser.error("--quick sets the output lengths (32 and 12 tokens): give it or --summary-out/--sentence-out")
    args.summary_out = args.summary_out or (32 if args.quick else 128)
    args.sentence_out = args.sentence_out or (12 if args.quick else 48)
    args.runners = [r.strip() for r in args.runners.split(",") if r.strip()]
    unknown = set(args.runners) - set(RUNNERS)
    if unknown:
        parser.error(f"unknown runner(s) {', '.join(sorted(unknown))}")
    if args.batch_size is not None and args.runners == ["naive"]:
        parser.error("--batch-size is the vnsumm runners': the naive loop takes one text at a time")
    args.batch_size = args.batch_size or 8
    if args.compute_type != "default" and "transformers" not in args.runners:
        parser.error("--compute-type is the transformers runner's: add it to --runners")
    if (args.release or args.inter_threads) and "ctranslate2" not in args.runners:
        parser.error("--release and --inter-threads are the ctranslate2 runner's: add it to --runners")
    if args.device == "cuda" and not args.run_one:
        from vnsumm.engines.devices import cuda_count

        for runtime in sorted({"ctranslate2" if r == "ctranslate2" else "torch" for r in args.runners}):
            if not cuda_count(runtime):
                runners = "ctranslate2 runner" if runtime == "ctranslate2" else "naive and transformers runners"
                parser.error(f"--device cuda: {runtime} sees no CUDA GPU; use --device cpu, or --runners without "
                             f"the {runners}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.run_one:
        run_one(args.run_one, Path(args.plan))
        return 0
    say(f"preparing models and inputs in {args.work} (cached after the first run) ...")
    plan = prepare(args)
    plan_path = Path(args.work) / "plan.json"
    plan_path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    results = []
    for name in args.runners:
        say(f"running {name} on {len(plan['articles'])} articles ...")
        load = os.getloadavg()[0]
        results.append(run_here(name, plan) if args.in_process else spawn(name, plan_path, plan["threads"]))
        results[-1]["loadavg"] = [round(load, 1), round(os.getloadavg()[0], 1)]
        say(f"  {name}: {results[-1]['run_s']:.1f} s")
    print(report(results, plan))
    if args.json:
        Path(args.json).write_text(json.dumps({"plan": {k: v for k, v in plan.items() if k != "articles"},
                                               "results": results}, indent=2) + "\n", encoding="utf-8")
    print(summary_line(results))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
