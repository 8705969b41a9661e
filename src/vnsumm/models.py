"""Find models: a local folder, the Hugging Face cache, or the hub; and load a transformers one.

Every model location is configurable: a config's ``model`` is either a folder on disk or a
hub name (``VietAI/vit5-base-vietnews-summarization``). Nothing here imports torch at
module import time, so ``vnsumm clean`` and ``vnsumm models`` stay light.
"""
from __future__ import annotations

import os
import pickle
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnsumm.errors import ModelError


@dataclass
class ModelLocation:
    """Where a configured model resolves: ``folder``, ``cache``, ``hub`` (not yet fetched) or ``missing``."""

    name: str
    kind: str
    path: str | None = None

    @property
    def offline_ready(self) -> bool:
        return self.kind in ("folder", "cache")


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "0").lower() in ("1", "true", "yes")


def hub_reachable(timeout: float = 3.0) -> bool:
    """A quick TCP check of the hub endpoint, so an offline machine fails at once, not after retries."""
    if hub_offline():
        return False
    from urllib.parse import urlparse

    from huggingface_hub import constants

    url = urlparse(constants.ENDPOINT)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        socket.create_connection((url.hostname, port), timeout=timeout).close()
        return True
    except OSError:
        return False


def looks_like_path(name: str) -> bool:
    """Hub names are ``org/name`` or ``name``; anything else is meant as a folder."""
    return name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name


def locate(name: str) -> ModelLocation:
    """Resolve a model name or folder without touching the network."""
    folder = Path(name).expanduser()
    if folder.is_dir():
        return ModelLocation(name, "folder", str(folder.resolve()))
    if looks_like_path(name):
        return ModelLocation(name, "missing", str(folder))
    try:
        from huggingface_hub import snapshot_download

        path = snapshot_download(name, local_files_only=True)
        return ModelLocation(name, "cache", path)
    except Exception:  # not cached (or hub library absent)
        return ModelLocation(name, "hub")


def missing_model_message(name: str, config_key: str = "model") -> str:
    """The one-line error for a model that cannot be had offline."""
    folder = Path(name).expanduser()
    if looks_like_path(name):
        return (
            f"model folder '{name}' does not exist ({folder.resolve()}); "
            f"point {config_key} at a folder with config.json and weights"
        )
    from huggingface_hub import constants

    return (
        f"model '{name}' is not a local folder and not in the Hugging Face cache "
        f"({constants.HF_HUB_CACHE}), and the hub could not be reached; fix: run "
        f"'vnsumm models download CONFIG' on a connected machine (or 'hf download {name}'), "
        f"or set {config_key}=/path/to/local/folder"
    )


def download(name: str) -> str:
    """Fetch a hub model into the standard cache and return its folder."""
    location = locate(name)
    if location.offline_ready:
        return location.path or name
    if location.kind == "missing":
        raise ModelError(missing_model_message(name))
    if not hub_reachable():
        raise ModelError(f"cannot download '{name}': the Hugging Face hub cannot be reached from this machine")
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(name)
    except Exception as exc:
        raise ModelError(f"cannot download '{name}': {str(exc).splitlines()[0]}") from None


def load_seq2seq(name: str, device: str = "cpu", config_key: str = "model", dtype: str = "default") -> tuple[Any, Any]:
    """Load a tokenizer and ``AutoModelForSeq2SeqLM`` from a folder, the cache, or the hub; ``dtype`` is
    ``default`` (as saved) or a torch dtype's name (``bfloat16``)."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    location = locate(name)
    if location.kind == "missing" or (location.kind == "hub" and not hub_reachable()):
        raise ModelError(missing_model_message(name, config_key))
    source = location.path if location.offline_ready else name
    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
        model = AutoModelForSeq2SeqLM.from_pretrained(source, **({} if dtype == "default" else {"dtype": getattr(torch, dtype)}))
    except OSError:
        raise ModelError(missing_model_message(name, config_key)) from None
    except (ValueError, ImportError) as exc:
        raise ModelError(f"cannot load model '{name}': {str(exc).splitlines()[0]}") from None
    except pickle.UnpicklingError:
        raise ModelError(
            f"cannot load model '{name}': its weights are a pickle file (pytorch_model.bin) that holds more than "
            "tensors, and vnsumm never runs code from a model file; use a copy saved as safetensors "
            "(model.safetensors), e.g. save_pretrained(folder, safe_serialization=True) where the file is trusted"
        ) from None
    model.to(device).eval()
    return tokenizer, model
