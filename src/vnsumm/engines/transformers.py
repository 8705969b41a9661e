"""The transformers engine: ``AutoModelForSeq2SeqLM.generate``, batched by length, inference mode."""
from __future__ import annotations

import copy
from typing import Any, Sequence

from vnsumm.engines import Output
from vnsumm.engines.devices import cpu_count, resolve_device
from vnsumm.engines.prompts import HF_MAX_LENGTH, PromptEncoder, input_limit, language_token, strip_output_prefix
from vnsumm.engines.settings import EngineSettings
from vnsumm.errors import ConfigError, ModelError
from vnsumm.models import load_seq2seq



def use_cpu_threads(threads: int = 0) -> None:
    """One torch thread per usable core (``threads`` > 0 overrides); more only oversubscribes."""
    import torch

    wanted = threads if threads > 0 else cpu_count()
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


def generation_config(model: Any, generation: dict[str, Any]) -> Any:
    """The model's decoding defaults with the config's settings on top, checked before any run.

    An unknown key or a combination transformers would reject is a ConfigError now, not a
    TypeError or ValueError in the middle of a run.
    """
    from transformers import GenerationConfig

    known = set(GenerationConfig().to_dict())
    unknown = sorted(k for k in generation if k not in known)
    if unknown:
        raise ConfigError(f"the transformers engine has no generation setting {', '.join(unknown)} "
                          "(see transformers.GenerationConfig)")
    if int(generation.get("num_beam_groups") or 1) > 1:
        raise ConfigError("the transformers engine cannot run generation.num_beam_groups > 1: group beam search "
                          "needs remote code from the Hugging Face hub in this transformers version")
    config = copy.deepcopy(model.generation_config)
    config.update(**generation)
    try:
        config.validate(strict=True, user_set_attributes=set(generation))
    except ValueError as exc:
        detail = " ".join(line.strip(" -`") for line in str(exc).splitlines() if line.strip())
        raise ConfigError(f"generation settings refused by transformers: {detail}") from None
    return config


class TransformersEngine:
    """One transformers seq2seq model and its prompt conventions, loaded once."""

    def __init__(self, model: str, settings: EngineSettings | None = None) -> None:
        settings = settings or EngineSettings()
        self.model_name = model
        self.device = str(resolve_device(settings.device, "torch"))
        self.batch_size = settings.batch_size
        self.prefix = settings.prefix
        self.output_prefix = settings.output_prefix
        self.generation = dict(settings.generation)
        if self.device == "cpu" or settings.threads:  # on a GPU: torch's CPU side, when the config sets it
            use_cpu_threads(settings.threads)
        self.tokenizer, self.model = load_seq2seq(model, self.device, settings.config_key, settings.compute_type)
        self.encoder = PromptEncoder(self.tokenizer, settings.prefix)
        if settings.src_lang:
            self.tokenizer.src_lang = settings.src_lang
        if settings.tgt_lang:
            token_id = language_token(self.tokenizer, settings.tgt_lang, model)
            self.generation.setdefault(f"{settings.tgt_lang_as}_token_id", token_id)
        self.tgt_lang = settings.tgt_lang
        self.config = generation_config(self.model, self.generation)
        self.max_new_tokens = self.config.max_new_tokens or max(1, (self.config.max_length or HF_MAX_LENGTH) - 1)
        cfg = self.model.config
        self.max_input_tokens = settings.max_input_tokens or input_limit(
            self.tokenizer, getattr(cfg, "max_position_embeddings", None), getattr(cfg, "n_positions", None))

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self.encoder.encode(texts)]

    def _cut(self, row: list[int]) -> bool:
        """Whether a generated row (decoder start token first) stopped at ``max_new_tokens``.

        It did if it has no end token, or if its end token is the one transformers forces
        (``forced_eos_token_id``) into the last place.
        """
        eos = self.config.eos_token_id
        ends = set(eos) if isinstance(eos, (list, tuple)) else {eos}
        for n, token in enumerate(row[1:], 1):
            if token in ends:
                return self.config.forced_eos_token_id is not None and n >= self.max_new_tokens
        return True

    def generate(self, texts: Sequence[str]) -> list[Output]:
        """Outputs in input order; inputs tokenized once, batched longest first so padding stays low."""
        import torch

        if not texts:
            return []
        ids = self.encoder.encode_to_fit(texts, self.max_input_tokens)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]), reverse=True)
        outputs: list[Output] = [Output("")] * len(ids)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            enc = self.tokenizer.pad({"input_ids": [ids[i] for i in batch]}, return_tensors="pt").to(self.device)
            try:
                with torch.inference_mode():
                    out = self.model.generate(**enc, generation_config=self.config)
            except torch.OutOfMemoryError:
                raise ModelError(
                    f"out of memory running '{self.model_name}' on {self.device}; lower batch_size"
                ) from None
            rows = out.tolist()
            decoded = self.tokenizer.batch_decode(out, skip_special_tokens=True)
            for i, text, row in zip(batch, decoded, rows):
                outputs[i] = Output(strip_output_prefix(text, self.output_prefix), self._cut(row))
        return outputs

    def describe(self) -> dict[str, Any]:
        return {
            "engine": "transformers",
            "model": self.model_name,
            "device": self.device,
            "compute_type": str(self.model.dtype).removeprefix("torch."),
            "prefix": self.prefix,
            "max_input_tokens": self.max_input_tokens,
            "generation": {k: v for k, v in self.generation.items() if not k.endswith("_token_id")},
            **({"tgt_lang": self.tgt_lang} if self.tgt_lang else {}),
        }
