"""The CTranslate2 engine: converted models (int8 on CPU, float16 on GPU), same prompts as transformers.

A converted folder holds everything the engine needs: ``model.bin`` and CTranslate2's
``config.json``, the Hugging Face tokenizer files, ``generation_config.json`` (the model's own
decoding defaults) and ``vnsumm_convert.json`` (where it came from). ``vnsumm models convert``
writes such folders with :func:`convert`.

Nothing heavy is imported at module import time: ``ctranslate2`` and ``transformers`` load when
an engine is built or a model converted.
"""
from __future__ import annotations

import inspect
import json
import logging
from pathlib import Path
from typing import Any, Sequence

from vnsumm.engines.prompts import PromptEncoder, strip_output_prefix
from vnsumm.errors import ConfigError, ModelError

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 512
CONVERT_RECORD = "vnsumm_convert.json"
QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "float16", "float32")

# Hugging Face ``generate`` settings → ``ctranslate2.Translator.translate_batch`` options.
RENAMED = {
    "num_beams": "beam_size",
    "max_new_tokens": "max_decoding_length",
    "min_new_tokens": "min_decoding_length",
    "length_penalty": "length_penalty",
    "no_repeat_ngram_size": "no_repeat_ngram_size",
    "repetition_penalty": "repetition_penalty",
    "num_return_sequences": "num_hypotheses",
}
# Settings that need no option: CTranslate2 does the same by construction (special token ids are
# fixed at conversion, beam search stops once the best hypothesis is finished) or they only shape
# what transformers returns.
IMPLIED = {
    "early_stopping", "use_cache", "decoder_start_token_id", "bos_token_id", "eos_token_id",
    "pad_token_id", "forced_eos_token_id", "forced_bos_token_id", "output_scores", "output_attentions",
    "output_hidden_states", "return_dict_in_generate", "transformers_version", "_from_model_config",
    "bad_words_ids", "num_beam_groups", "diversity_penalty", "top_k", "top_p", "temperature", "do_sample",
    "max_length", "min_length",
}
HF_MAX_LENGTH = 20  # transformers' default ``max_length`` when a model sets nothing


def decoding_options(defaults: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """CTranslate2 decoding options equal to ``model.generate(**settings)`` on a model with ``defaults``.

    ``defaults`` is the model's ``generation_config.json``; ``settings`` (the vnsumm config) win.
    As in transformers, ``max_new_tokens`` beats ``max_length`` and the lengths of an
    encoder-decoder count the decoder start token, which CTranslate2 does not.
    """
    unknown = sorted(k for k in settings if k not in RENAMED and k not in IMPLIED)
    if unknown:
        raise ConfigError(
            f"generation setting(s) {', '.join(unknown)} have no CTranslate2 equivalent; "
            f"supported: {', '.join(sorted(RENAMED))}, max_length, min_length, do_sample, top_k, top_p, temperature"
        )
    merged = {**{k: v for k, v in defaults.items() if v is not None}, **settings}
    for new, total in (("max_new_tokens", "max_length"), ("min_new_tokens", "min_length")):
        if new in settings and total in merged and total not in settings:
            merged.pop(total)  # the config's max_new_tokens overrides the model's max_length
        if new not in merged and merged.get(total) is not None:
            merged[new] = max(0, int(merged[total]) - 1)
    merged.setdefault("max_new_tokens", HF_MAX_LENGTH - 1)
    options = {RENAMED[k]: v for k, v in merged.items() if k in RENAMED}
    options.setdefault("beam_size", 1)
    if merged.get("do_sample"):
        options["sampling_topk"] = int(merged.get("top_k", 50) or 0) or 0
        options["sampling_topp"] = float(merged.get("top_p", 1.0))
        options["sampling_temperature"] = float(merged.get("temperature", 1.0))
        options["beam_size"] = 1
    return options


def resolve_device(device: str = "auto") -> tuple[str, int]:
    """``auto`` → CUDA when CTranslate2 sees a GPU, else CPU; returns (device, index)."""
    import ctranslate2

    has_cuda = ctranslate2.get_cuda_device_count() > 0
    if device == "auto":
        return ("cuda" if has_cuda else "cpu"), 0
    if device == "cpu":
        return "cpu", 0
    if device.startswith("cuda"):
        if not has_cuda:
            raise ModelError("device 'cuda' was asked for but CTranslate2 sees no CUDA GPU; use --device cpu or auto")
        _, _, index = device.partition(":")
        return "cuda", int(index or 0)
    raise ModelError(f"unknown device '{device}': use auto, cpu or cuda")


def cpu_count() -> int:
    from vnsumm.engines.transformers import cpu_count as count

    return count()


SETTINGS = {"compute_type": "default", "tokenizer": None, "threads": 0}  # on top of the common ones


def with_ctranslate2_settings(cls: type) -> type:
    """Class decorator for summarizer/translator subclasses: their parent's settings plus :data:`SETTINGS`.

    The registry passes only settings a constructor's signature names, so the signature must list them.
    """
    parent = inspect.signature(cls.__mro__[1]).parameters.values()
    params = [p for p in parent if p.kind != inspect.Parameter.VAR_KEYWORD]
    names = {p.name for p in params}
    params += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default)
        for name, default in SETTINGS.items() if name not in names
    ]
    cls.__signature__ = inspect.Signature(params)
    return cls


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
            f"'vnsumm models convert CONFIG' or use backend seq2seq for transformers models"
        )
    return folder


class CTranslate2Engine:
    """One converted seq2seq model and its prompt conventions, loaded once."""

    def __init__(
        self,
        model: str,
        *,
        device: str = "auto",
        batch_size: int = 8,
        prefix: str = "",
        output_prefix: str = "",
        src_lang: str | None = None,
        tgt_lang: str | None = None,
        tgt_lang_as: str = "forced_bos",
        max_input_tokens: int | None = None,
        generation: dict[str, Any] | None = None,
        config_key: str = "model",
        compute_type: str = "default",
        tokenizer: str | None = None,
        threads: int = 0,
    ) -> None:
        import ctranslate2

        self.model_name = model
        self.folder = converted_folder(model, config_key)
        self.device, index = resolve_device(device)
        self.batch_size = batch_size
        self.prefix = prefix
        self.output_prefix = output_prefix
        self.compute_type = compute_type
        self.generation = dict(generation or {})
        self.tokenizer = self._load_tokenizer(tokenizer or str(self.folder))
        if src_lang:
            self.tokenizer.src_lang = src_lang
        self.encoder = PromptEncoder(self.tokenizer, prefix)
        self.tgt_lang = tgt_lang
        self.target_prefix = self._target_prefix(tgt_lang, tgt_lang_as)
        defaults = read_json(self.folder / "generation_config.json")
        self.options = decoding_options(defaults, self.generation)
        self.threads = threads if threads > 0 else cpu_count()
        try:
            self.translator = ctranslate2.Translator(
                str(self.folder), device=self.device, device_index=index, compute_type=compute_type,
                intra_threads=self.threads if self.device == "cpu" else 0,
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"cannot load CTranslate2 model '{model}': {str(exc).splitlines()[0]}") from None
        self.max_input_tokens = max_input_tokens or self._model_limit()

    def _load_tokenizer(self, source: str) -> Any:
        from transformers import AutoTokenizer

        try:
            return AutoTokenizer.from_pretrained(source)
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"no tokenizer in '{source}' ({str(exc).splitlines()[0]}); convert with 'vnsumm models convert', "
                "which copies it, or set the tokenizer setting to the original model folder"
            ) from None

    def _target_prefix(self, tgt_lang: str | None, tgt_lang_as: str) -> list[str] | None:
        """mBART-50 forces the language code as first token; vinai-translate starts decoding from it."""
        if not tgt_lang:
            return None
        token_id = self.tokenizer.convert_tokens_to_ids(tgt_lang)
        if token_id is None or token_id == self.tokenizer.unk_token_id:
            raise ConfigError(f"tgt_lang '{tgt_lang}' is not a token of model '{self.model_name}'")
        if tgt_lang_as == "forced_bos":
            return [tgt_lang]
        if tgt_lang_as == "decoder_start":
            start = read_json(self.folder / "config.json").get("decoder_start_token")
            if start != tgt_lang:
                raise ConfigError(
                    f"'{self.model_name}' starts decoding from '{start}', not '{tgt_lang}': reconvert it with "
                    "'vnsumm models convert CONFIG' (which sets the start token from tgt_lang_as: decoder_start)"
                )
            return None
        raise ConfigError("tgt_lang_as must be forced_bos (mBART-50) or decoder_start (vinai-translate)")

    def _model_limit(self) -> int:
        limit = getattr(self.tokenizer, "model_max_length", None)
        if isinstance(limit, int) and 0 < limit < 100_000:
            return limit
        value = read_json(self.folder / CONVERT_RECORD).get("max_position_embeddings")
        return value if isinstance(value, int) and value > 0 else DEFAULT_LIMIT

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.encoder.encode(texts)]

    def generate(self, texts: Sequence[str]) -> list[str]:
        """Outputs in input order; CTranslate2 sorts by length and cuts batches of ``batch_size``."""
        if not texts:
            return []
        ids = self.encoder.encode_to_fit(texts, self.max_input_tokens)
        tokens = [self.tokenizer.convert_ids_to_tokens(row) for row in ids]
        prefix = [self.target_prefix] * len(tokens) if self.target_prefix else None
        try:
            results = self.translator.translate_batch(
                tokens, target_prefix=prefix, max_batch_size=self.batch_size, batch_type="examples", **self.options
            )
        except RuntimeError as exc:
            raise ModelError(f"CTranslate2 failed on '{self.model_name}': {str(exc).splitlines()[0]}") from None
        return [self._decode(result.hypotheses[0]) for result in results]

    def _decode(self, tokens: list[str]) -> str:
        ids = self.tokenizer.convert_tokens_to_ids(tokens)
        return strip_output_prefix(self.tokenizer.decode(ids, skip_special_tokens=True), self.output_prefix)

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
    from ctranslate2.converters import TransformersConverter

    from vnsumm.models import hub_reachable, locate, missing_model_message

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
        TransformersConverter(source).convert(str(out), quantization=quantization, force=True)
    except (ValueError, NotImplementedError, OSError) as exc:
        raise ModelError(f"cannot convert '{name}' to CTranslate2: {str(exc).splitlines()[0]}") from None
    _copy_companions(source, out)
    if decoder_start_token:
        _set_decoder_start(out, decoder_start_token)
    record = {"source": name, "quantization": quantization, **_position_limit(source)}
    (out / CONVERT_RECORD).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


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


def convert_config(config: Any, output_dir: str | Path, quantization: str | None = None) -> tuple[list[tuple[str, str, Path]], Path]:
    """Convert every transformers model a config names; write a config that uses the converted folders.

    Returns ``[(stage, model, folder)]`` and the path of the new config
    (``OUTPUT_DIR/<config>-ct2-<quantization>.yaml``), which keeps every other setting.
    """
    import yaml

    quantization = quantization or default_quantization()
    out = Path(output_dir)
    raw: dict[str, Any] = {"batch_size": config.batch_size, "device": config.device}
    done: list[tuple[str, str, Path]] = []
    folders: dict[tuple[str, str | None], Path] = {}
    for stage_name in ("summarizer", "translator"):
        stage = getattr(config, stage_name)
        entry = {"backend": stage.backend, **({"model": stage.model} if stage.model else {}), **stage.settings}
        if stage.backend == "seq2seq" and stage.model:
            start = stage.settings.get("tgt_lang") if stage.settings.get("tgt_lang_as") == "decoder_start" else None
            key = (stage.model, start)
            if key not in folders:
                name = Path(stage.model.rstrip("/\\")).name + (f"-{start}" if start else "") + f"-{quantization}"
                folders[key] = convert(stage.model, out / name, quantization, decoder_start_token=start)
            entry.update(backend="ctranslate2", model=str(folders[key]))
            done.append((stage_name, stage.model, folders[key]))
        raw[stage_name] = entry
    path = out / f"{config.name}-ct2-{quantization}.yaml"
    out.mkdir(parents=True, exist_ok=True)
    header = f"# {config.name} on CTranslate2 ({quantization}), written by 'vnsumm models convert'\n"
    path.write_text(header + yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return done, path
