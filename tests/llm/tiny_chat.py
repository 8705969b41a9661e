"""A tiny chat model for the LLM tests: a 2-layer random-weight Qwen2 with a byte-level BPE
tokenizer trained on the seeds and common English words, and a ChatML chat template. Its output
layer can only pick whole common English words, so it answers in (nonsense) English: the
language guard passes it and the fact check finds nothing to flag. Its generation config ends an
answer after the word " the" (a second end token), so answers are short and end with
``finish_reason: stop`` as an instruct model's do; an answer longer than ``max_tokens`` is cut
(``finish_reason: length``). Built offline in seconds."""
from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def build_tiny_chat(folder: Path, seed: int = 0) -> Path:
    """Write tokenizer + random weights of a tiny Qwen2 chat model into ``folder``."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM
    from wordfreq import top_n_list

    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    english = [w for w in top_n_list("en", 3000) if w.isascii() and w.isalpha() and len(w) > 2]
    texts += [" ".join(english[i : i + 50]) for i in range(0, len(english), 50)] * 3
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=1200, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    bpe.train_from_iterator(texts, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, eos_token="<|im_end|>", pad_token="<|endoftext|>", bos_token=None,
        model_max_length=16384,
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(str(folder))
    torch.manual_seed(seed)
    config = Qwen2Config(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=16384,
        eos_token_id=tokenizer.convert_tokens_to_ids("<|im_end|>"),
        pad_token_id=tokenizer.pad_token_id, bos_token_id=None, tie_word_embeddings=False, initializer_range=0.2,
    )
    model = Qwen2ForCausalLM(config)
    words = set(english)
    barred = [i for i in range(len(tokenizer)) if not _english_word(tokenizer.decode([i]), words)]
    with torch.no_grad():  # it only ever says whole common English words: nonsense, but English
        model.lm_head.weight[barred] = 0.0
        model.lm_head.weight *= 5.0
    model.generation_config.eos_token_id = [config.eos_token_id, tokenizer.encode(" the")[0]]
    model.generation_config.pad_token_id = config.pad_token_id
    model.save_pretrained(str(folder))
    return folder


def _english_word(piece: str, words: set[str]) -> bool:
    """A token that is a space and a whole common English word (" minister")."""
    return piece.startswith(" ") and piece[1:] in words
