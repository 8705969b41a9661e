"""The CTranslate2 engine: converted models (int8 on CPU, float16 on GPU), same prompts as transformers.

A converted folder holds everything the engine needs: ``model.bin`` and CTranslate2's
``config.json``, the Hugging Face tokenizer files, ``generation_config.json`` (the model's own
decoding defaults) and ``vnsumm_convert.json`` (where it came from). ``vnsumm models convert``
writes such folders with :func:`convert`.

Nothing heavy is imported at module import time: ``ctranslate2`` and ``transformers`` load when
an engine is built or a model converted.
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any, Sequence

from vnsumm.engines import Output
from vnsumm.engines.devices import Device, cpu_count, limit_malloc_arenas, resolve_device
from vnsumm.engines.light_tokenizer import LightTokenizer
from vnsumm.engines.prompts import HF_MAX_LENGTH, PromptEncoder, input_limit, language_token, strip_output_prefix
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError, ModelError
from vnsumm.models import hub_reachable, locate, missing_model_message

log = logging.getLogger(__name__)

CONVERT_RECORD = "vnsumm_convert.json"
QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "float16", "float32")
COMPUTE_TYPES = ("default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16",
                 "bfloat16", "float32")

# Hugging Face ``generate`` settings → ``ctranslate2.Translator.translate_batch`` options.
RENAMED = {
    "num_beams": "beam_size",
    "max_new_tokens": "max_decoding_length",
    "min_new_tokens": "min_decoding_length",
    "length_penalty": "length_penalty",
    "no_repeat_ngram_size": "no_repeat_ngram_size",
    "repetition_penalty": "repetition_penalty",
}
# Handled below: lengths, beam stopping (``patience`` is CTranslate2's own, not a transformers setting),
# sampling, banned words, the forced first and last tokens.
HANDLED = {
    "patience", "max_length", "min_length", "early_stopping", "do_sample", "top_k", "top_p", "temperature",
    "bad_words_ids", "num_beam_groups", "diversity_penalty", "forced_bos_token_id", "forced_eos_token_id",
    "num_return_sequences",
}
# Fixed when the model was converted: honoured as converted; a config may not change them.
CONVERTED = {"decoder_start_token_id", "bos_token_id", "eos_token_id", "pad_token_id"}
# They only shape what transformers returns, not the text.
NO_EFFECT = {
    "use_cache", "output_scores", "output_attentions", "output_hidden_states", "output_logits",
    "return_dict_in_generate", "transformers_version", "_from_model_config",
}


def refuse(setting: str, why: str) -> ConfigError:
    return ConfigError(f"the ctranslate2 engine cannot honour generation.{setting}: {why}")


def decoding_options(defaults: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """CTranslate2 decoding options equal to ``model.generate(**settings)`` on a model with ``defaults``.

    ``defaults`` is the model's ``generation_config.json``; ``settings`` (the vnsumm config) win.
    As in transformers, ``max_new_tokens`` beats ``max_length`` and the lengths of an
    encoder-decoder count the decoder start token, which CTranslate2 does not. What CTranslate2
    cannot match is a ConfigError naming the setting. Token-valued settings (``bad_words_ids``,
    ``forced_bos_token_id``) come back as ids under ``_bad_words_ids`` / ``_forced_bos_token_id``
    for the engine to turn into tokens, and the output limit in transformers' terms under ``_max_new_tokens``.
    """
    known = set(RENAMED) | HANDLED | CONVERTED | NO_EFFECT
    unknown = sorted(k for k in settings if k not in known)
    if unknown:
        raise ConfigError(
            f"the ctranslate2 engine has no generation setting {', '.join(unknown)}; "
            f"supported: {', '.join(sorted(set(RENAMED) | HANDLED - {'num_beam_groups', 'diversity_penalty'}))}"
        )
    fixed = sorted(k for k in settings if k in CONVERTED)
    if fixed:
        raise refuse(fixed[0], "special tokens are fixed when the model is converted (vnsumm models convert)")
    merged = {**{k: v for k, v in defaults.items() if v is not None}, **settings}
    for new, total in (("max_new_tokens", "max_length"), ("min_new_tokens", "min_length")):
        if new in settings and total in merged and total not in settings:
            merged.pop(total)  # the config's max_new_tokens overrides the model's max_length
        if new not in merged and merged.get(total) is not None:
            merged[new] = max(0, int(merged[total]) - 1)
    merged.setdefault("max_new_tokens", HF_MAX_LENGTH - 1)
    options = {RENAMED[k]: v for k, v in merged.items() if k in RENAMED}
    options.setdefault("beam_size", 1)
    if int(merged.get("num_beam_groups") or 1) > 1 or float(merged.get("diversity_penalty") or 0.0) != 0.0:
        raise refuse("num_beam_groups", "group (diverse) beam search is not in CTranslate2")
    if merged.get("forced_eos_token_id") is not None:
        # transformers spends the last of max_new_tokens on the forced end token
        options["max_decoding_length"] = max(1, int(options["max_decoding_length"]) - 1)
        if "min_decoding_length" in options:
            options["min_decoding_length"] = min(int(options["min_decoding_length"]), options["max_decoding_length"])
    if merged.get("do_sample"):
        if options["beam_size"] > 1:
            raise refuse("do_sample", "beam sampling (do_sample with num_beams > 1) is not in CTranslate2")
        options["sampling_topk"] = int(merged.get("top_k", 50) or 0) or 0
        options["sampling_topp"] = float(merged.get("top_p", 1.0))
        options["sampling_temperature"] = float(merged.get("temperature", 1.0))
    else:
        asked = sorted(k for k in ("top_k", "top_p", "temperature") if k in settings)
        if asked:
            raise refuse(asked[0], "a sampling setting needs do_sample: true")
    if options["beam_size"] > 1:
        # Measured at float32: CTranslate2's beam search (stop after num_beams × patience finished hypotheses)
        # gives transformers' results neither with early_stopping true nor false in every case, so a config
        # asks for CTranslate2's own rule by name.
        if "early_stopping" in settings:
            raise refuse("early_stopping", "CTranslate2's beam search matches neither early_stopping true nor "
                         "false of transformers in every case; remove it and set generation.patience "
                         "(CTranslate2's rule; 1 comes closest to early_stopping: true)")
        if "patience" not in settings:
            raise refuse("num_beams", "beam search in CTranslate2 stops by its own rule: set generation.patience "
                         "(stop after num_beams × patience finished hypotheses; 1 comes closest to transformers' "
                         "early_stopping: true)")
        options["patience"] = float(settings["patience"])
        if options["patience"] <= 0:
            raise refuse("patience", "it must be a positive number")
    elif "patience" in settings:
        raise refuse("patience", "it applies to beam search only (num_beams > 1)")
    options["_max_new_tokens"] = int(merged["max_new_tokens"])
    if merged.get("bad_words_ids"):
        options["_bad_words_ids"] = [list(ids) for ids in merged["bad_words_ids"]]
    if merged.get("forced_bos_token_id") is not None:
        options["_forced_bos_token_id"] = int(merged["forced_bos_token_id"])
    return options


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def converted_folder(name: str, config_key: str) -> Path:
    """The folder of a converted model, or a ModelError saying how to make one."""
    folder = Path(name).expanduser()
    if not folder.is_dir():
        raise ModelError(
            f"CTranslate2 model folder '{name}' does not exist; create it with "
            f"'vnsumm models convert CONFIG' and point {config_key} at the converted folder"
        )
    if not (folder / "model.bin").is_file():
        raise ModelError(
            f"'{name}' is not a CTranslate2 model (no model.bin); convert it with "
            f"'vnsumm models convert CONFIG' or use engine: transformers for transformers models"
        )
    return folder


class CTranslate2Engine:
    """One converted seq2seq model and its prompt conventions, loaded once."""

    def __init__(self, model: str, settings: EngineSettings | None = None) -> None:
        settings = settings or EngineSettings()
        if settings.compute_type not in COMPUTE_TYPES:
            raise ConfigError(
                f"unknown compute_type '{settings.compute_type}'; choose one of {', '.join(COMPUTE_TYPES)}")
        self.model_name = model
        self.folder = converted_folder(model, settings.config_key)
        device = resolve_device(settings.device, "ctranslate2")
        self.batch_size = settings.batch_size
        self.prefix = settings.prefix
        self.output_prefix = settings.output_prefix
        self.generation = dict(settings.generation)
        self.tokenizer = self._load_tokenizer(settings.tokenizer or str(self.folder), light=not settings.src_lang)
        if settings.src_lang:
            self.tokenizer.src_lang = settings.src_lang
        self.encoder = PromptEncoder(self.tokenizer, settings.prefix)
        self.tgt_lang = settings.tgt_lang
        options = decoding_options(read_json(self.folder / "generation_config.json"), self.generation)
        bad_words = options.pop("_bad_words_ids", None)
        forced_bos = options.pop("_forced_bos_token_id", None)
        if bad_words:
            options["suppress_sequences"] = [self._tokens(ids, "bad_words_ids") for ids in bad_words]
        self.target_prefix = self._target_prefix(settings.tgt_lang, settings.tgt_lang_as, forced_bos)
        self.end_token = self.tokenizer.eos_token
        self.threads = settings.threads if settings.threads > 0 else cpu_count()
        self.release = settings.release  # when memory is tight: one stage's model in memory at a time
        self.translator = self._open(device, settings)
        problem = self._run_problem()
        if problem and device.kind == "cuda" and settings.device == "auto":  # a GPU CTranslate2 sees but cannot use
            log.warning("CTranslate2 cannot run on the GPU (%s): '%s' runs on the CPU", problem, model)
            del self.translator
            device = Device("cpu")
            self.translator = self._open(device, settings)
            problem = self._run_problem()
        if problem:
            hint = "; use --device cpu" if device.kind == "cuda" else ""
            raise ModelError(f"CTranslate2 cannot run '{model}' on {device}: {problem}{hint}")
        self.device = str(device)
        # batches of inputs by count, or by input tokens (long articles few at a time, short sentences many)
        self.batching = ({"max_batch_size": settings.max_batch_tokens, "batch_type": "tokens"}
                         if settings.max_batch_tokens else {"max_batch_size": self.batch_size, "batch_type": "examples"})
        if self.release:  # loaded (and checked) once, then held on disk until the first call
            self.translator.unload_model()
        self.max_input_tokens = settings.max_input_tokens or input_limit(
            self.tokenizer, read_json(self.folder / CONVERT_RECORD).get("max_position_embeddings"))
        self.max_new_tokens = int(options.pop("_max_new_tokens"))
        # CTranslate2 cuts inputs at 1024 tokens unless told; inputs are already cut to max_input_tokens
        self.options = {**options, "max_input_length": self.max_input_tokens, "return_end_token": True}

    def _open(self, device: Device, settings: EngineSettings) -> Any:
        """The ``ctranslate2.Translator`` on ``device``, its threads chosen for it (``self.inter_threads``)."""
        import ctranslate2

        # measured (eval/bench.py, 2 cores, README): two batches at once on one thread each use less CPU time
        # than one batch on two threads (whose decoding steps are too small to share) and less wall time,
        # for about 150 MB more peak RSS; inter_threads 0 (the default) chooses this on a CPU
        self.inter_threads = settings.inter_threads or (2 if device.kind == "cpu" and self.threads >= 2 else 1)
        if device.kind == "cpu" and self.inter_threads > 1:
            limit_malloc_arenas(2)  # before CTranslate2 starts its threads: one replica's peak RSS, not two
        try:
            return ctranslate2.Translator(
                str(self.folder), device=device.kind, device_index=device.index, compute_type=settings.compute_type,
                # on a GPU the threads run CTranslate2's CPU side: its default unless the config sets them
                intra_threads=max(1, self.threads // self.inter_threads) if device.kind == "cpu" or settings.threads
                else 0,
                inter_threads=self.inter_threads,
            )
        except (RuntimeError, ValueError) as exc:
            message = str(exc).splitlines()[0]
            if "compute type" in message.lower():
                raise ConfigError(
                    f"compute_type '{settings.compute_type}' cannot run on {device.kind}: {message}") from None
            raise ModelError(f"cannot load CTranslate2 model '{self.model_name}': {message}") from None

    def _run_problem(self) -> str | None:
        """Why the loaded model cannot run on its device, found by decoding two tokens; None if it can.

        CTranslate2 counts a GPU with the driver alone but loads cuBLAS only when a model first runs,
        so a missing CUDA library (its wheels need CUDA 12's) shows only here. The probe is a short
        text: the end token alone passed on a GPU where every real input then failed.
        """
        tokens = [self.tokenizer.convert_ids_to_tokens(row) for row in self.encoder.encode(["Hà Nội, Việt Nam"])]
        try:
            self.translator.translate_batch(tokens, beam_size=1, max_decoding_length=2)
        except RuntimeError as exc:
            return str(exc).splitlines()[0]
        return None

    def _tokens(self, ids: Sequence[int], setting: str) -> list[str]:
        tokens = self.tokenizer.convert_ids_to_tokens(list(ids))
        if any(t is None for t in tokens):
            raise ConfigError(f"generation.{setting} {list(ids)} has ids outside the vocabulary of '{self.model_name}'")
        return tokens

    def _load_tokenizer(self, source: str, light: bool = True) -> Any:
        """T5 tokenizers run on ``tokenizers`` alone (no torch in the process); others on transformers."""
        tokenizer = LightTokenizer.load(source) if light else None
        if tokenizer is not None:
            return tokenizer
        from transformers import AutoTokenizer

        try:
            return AutoTokenizer.from_pretrained(source)
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"no tokenizer in '{source}' ({str(exc).splitlines()[0]}); convert with 'vnsumm models convert', "
                "which copies it, or set the tokenizer setting to the original model folder"
            ) from None

    def _target_prefix(self, tgt_lang: str | None, tgt_lang_as: str, forced_bos: int | None) -> list[str] | None:
        """mBART-50 forces the language code as first token; vinai-translate starts decoding from it."""
        if not tgt_lang:
            return self._tokens([forced_bos], "forced_bos_token_id") if forced_bos is not None else None
        language_token(self.tokenizer, tgt_lang, self.model_name)
        if tgt_lang_as == "forced_bos":
            return [tgt_lang]
        start = read_json(self.folder / "config.json").get("decoder_start_token")
        if start != tgt_lang:
            raise ConfigError(
                f"'{self.model_name}' starts decoding from '{start}', not '{tgt_lang}': reconvert it with "
                "'vnsumm models convert CONFIG' (which sets the start token from tgt_lang_as: decoder_start)"
            )
        return None

    def _unload(self, wait_s: float = 10.0) -> None:
        """Free the model. CTranslate2 silently keeps it while a batch still counts as active, which a
        finished call's worker thread may for a moment after the results are back, so wait for that."""
        deadline = time.monotonic() + wait_s
        while self.translator.model_is_loaded and time.monotonic() < deadline:
            if not self.translator.num_active_batches:
                self.translator.unload_model()
            if self.translator.model_is_loaded:
                time.sleep(0.001)
        if self.translator.model_is_loaded:
            log.warning("CTranslate2 kept '%s' in memory (release: true): it was still busy", self.model_name)

    def _batching(self, lengths: Sequence[int]) -> dict[str, Any]:
        """This call's batches: the configured cut, and at least one batch per replica (``inter_threads``).

        CTranslate2 runs a call's batches on its replicas at once; one batch of five articles would
        leave the second core idle. The inputs are shared evenly instead (CTranslate2 sorts them by
        length and counts a batch of tokens with its padding), never above the configured limit.
        """
        if self.inter_threads <= 1 or len(lengths) < 2:
            return self.batching
        per_replica = -(-len(lengths) // self.inter_threads)
        share = per_replica * max(lengths) if self.batching["batch_type"] == "tokens" else per_replica
        return {**self.batching, "max_batch_size": min(self.batching["max_batch_size"], share)}

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.encoder.encode(texts)]

    def generate(self, texts: Sequence[str]) -> list[Output]:
        """Outputs in input order; CTranslate2 sorts by length and cuts batches (``self.batching``)."""
        if not texts:
            return []
        ids = self.encoder.encode_to_fit(texts, self.max_input_tokens)
        tokens = [self.tokenizer.convert_ids_to_tokens(row) for row in ids]
        batching = self._batching([len(row) for row in tokens])
        prefix = [self.target_prefix] * len(tokens) if self.target_prefix else None
        try:
            if not self.translator.model_is_loaded:
                self.translator.load_model()
            results = self.translator.translate_batch(
                tokens, target_prefix=prefix, **batching, **self.options
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"CTranslate2 failed on '{self.model_name}': {str(exc).splitlines()[0]}") from None
        finally:
            if self.release:
                self._unload()
        outputs = []
        for result in results:
            hypothesis = result.hypotheses[0]
            ended = bool(hypothesis) and hypothesis[-1] == self.end_token
            text = self.tokenizer.decode(self.tokenizer.convert_tokens_to_ids(hypothesis), skip_special_tokens=True)
            outputs.append(Output(strip_output_prefix(text, self.output_prefix), not ended))
        return outputs

    def describe(self) -> dict[str, Any]:
        record = read_json(self.folder / CONVERT_RECORD)
        return {
            "engine": "ctranslate2",
            "model": self.model_name,
            **({"converted_from": record["source"]} if "source" in record else {}),
            **({"quantization": record["quantization"]} if "quantization" in record else {}),
            "device": self.device,
            "compute_type": self.translator.compute_type,
            "prefix": self.prefix,
            "max_input_tokens": self.max_input_tokens,
            "generation": {k: v for k, v in self.generation.items() if not k.endswith("_token_id")},
            **({"tgt_lang": self.tgt_lang} if self.tgt_lang else {}),
        }


# -- conversion ------------------------------------------------------------------------------
def default_quantization() -> str:
    """int8 on CPU, float16 where CTranslate2 sees a GPU."""
    import ctranslate2

    return "float16" if ctranslate2.get_cuda_device_count() > 0 else "int8"


def convert(
    name: str,
    output_dir: str | Path,
    quantization: str | None = None,
    *,
    decoder_start_token: str | None = None,
    force: bool = False,
) -> Path:
    """Convert a transformers model (folder, cache or hub name) into one self-contained CTranslate2 folder."""
    quantization = quantization or default_quantization()
    if quantization not in QUANTIZATIONS:
        raise ConfigError(f"unknown quantization '{quantization}'; choose one of {', '.join(QUANTIZATIONS)}")
    location = locate(name)
    if location.kind == "missing" or (location.kind == "hub" and not hub_reachable()):
        raise ModelError(missing_model_message(name))
    source = location.path if location.offline_ready else name
    out = Path(output_dir)
    if (out / "model.bin").is_file() and not force:
        log.info("%s exists: not converting again", out)
        return out
    try:
        converter(source).convert(str(out), quantization=quantization, force=True)
    except (ValueError, NotImplementedError, OSError, AttributeError, KeyError, TypeError) as exc:
        raise ModelError(f"cannot convert '{name}' to CTranslate2: {str(exc).splitlines()[0]}") from None
    _copy_companions(source, out)
    if decoder_start_token:
        _set_decoder_start(out, decoder_start_token)
    record = {"source": name, "quantization": quantization, **_position_limit(source)}
    (out / CONVERT_RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def converter(source: str) -> Any:
    """CTranslate2's transformers converter, taught what newer transformers configs no longer say.

    mBART (vinai-translate) is a pre-norm Transformer; CTranslate2 reads that from
    ``config.normalize_before``, a field transformers 5 no longer keeps.
    """
    from ctranslate2.converters import TransformersConverter

    class Converter(TransformersConverter):
        def load_model(self, model_class: Any, model_name_or_path: str, **kwargs: Any) -> Any:
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            if model.config.model_type == "mbart" and not hasattr(model.config, "normalize_before"):
                model.config.normalize_before = True
            return model

    return Converter(source)


def _copy_companions(source: str, out: Path) -> None:
    """Tokenizer files and the model's decoding defaults, so one folder suffices."""
    from transformers import AutoTokenizer, GenerationConfig

    AutoTokenizer.from_pretrained(source).save_pretrained(str(out))
    try:
        GenerationConfig.from_pretrained(source).save_pretrained(str(out))
    except OSError:  # a model without generation defaults
        pass


def _set_decoder_start(out: Path, token: str) -> None:
    path = out / "config.json"
    config = read_json(path)
    vocabulary = read_json(out / "shared_vocabulary.json") or read_json(out / "target_vocabulary.json") or []
    if vocabulary and token not in vocabulary:
        raise ConfigError(f"decoder start token '{token}' is not in the model's vocabulary")
    config["decoder_start_token"] = token
    path.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


def _position_limit(source: str) -> dict[str, int]:
    from transformers import AutoConfig

    try:
        config = AutoConfig.from_pretrained(source)
    except (OSError, ValueError):
        return {}
    for key in ("max_position_embeddings", "n_positions"):
        value = getattr(config, key, None)
        if isinstance(value, int) and value > 0:
            return {"max_position_embeddings": value}
    return {}


def beam_rule(generation: dict[str, Any], folder: Path) -> dict[str, Any]:
    """A converted stage's generation settings: beam search asks for CTranslate2's own stopping rule.

    ``early_stopping`` (transformers') becomes ``patience: 1``, CTranslate2's closest rule; see
    :func:`decoding_options` for why the two cannot be made the same.
    """
    beams = generation.get("num_beams", read_json(folder / "generation_config.json").get("num_beams", 1))
    if int(beams or 1) <= 1 or "patience" in generation:
        return dict(generation)
    return {**{k: v for k, v in generation.items() if k != "early_stopping"}, "patience": 1}


def convert_config(
    config: Any, output_dir: str | Path, quantization: str
) -> tuple[list[tuple[str, str, Path]], dict[str, Any]]:
    """Convert every transformers model a config names into ``output_dir``.

    Returns ``[(stage, model, folder)]`` and the config that uses the converted folders (every other
    setting kept) as a plain mapping for :func:`vnsumm.config.dump_config`; with nothing to convert,
    ``([], {})`` and nothing is written.
    """
    if quantization not in QUANTIZATIONS:
        raise ConfigError(f"unknown quantization '{quantization}'; choose one of {', '.join(QUANTIZATIONS)}")
    out = Path(output_dir)
    raw: dict[str, Any] = {"batch_size": config.batch_size, "device": config.device}
    done: list[tuple[str, str, Path]] = []
    folders: dict[tuple[str, str | None], Path] = {}
    for stage_name in ("summarizer", "translator"):
        stage = getattr(config, stage_name)
        entry = {"backend": stage.backend, **({"model": stage.model} if stage.model else {}), **stage.settings}
        on_transformers = stage.settings.get("engine", "transformers") == "transformers"
        if stage.backend == "seq2seq" and stage.model and on_transformers:
            start = stage.settings.get("tgt_lang") if stage.settings.get("tgt_lang_as") == "decoder_start" else None
            key = (stage.model, start)
            if key not in folders:
                name = Path(stage.model.rstrip("/\\")).name + (f"-{start}" if start else "") + f"-{quantization}"
                folders[key] = convert(stage.model, out / name, quantization, decoder_start_token=start)
            entry.update(engine="ctranslate2", model=str(folders[key]))
            entry["generation"] = beam_rule(entry.get("generation") or {}, folders[key])
            done.append((stage_name, stage.model, folders[key]))
        raw[stage_name] = entry
    return (done, raw) if done else ([], {})
