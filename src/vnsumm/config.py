"""Pipeline configuration: YAML files in ``configs/`` → typed, validated dataclasses.

A config is chosen by name (``default`` → ``configs/default.yaml``) or by path, and any field
can be overridden with ``dotted.key=value`` strings (values parsed as YAML).
"""
from __future__ import annotations

import copy
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from vnsumm.clean.template import SiteTemplate
from vnsumm.errors import ConfigError

PACKAGE_CONFIGS = Path(__file__).parent / "configs"


@dataclass
class StageConfig:
    """One stage (summarizer or translator): a back end by name plus its own settings."""

    backend: str = "none"
    model: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)  # passed to the back end


@dataclass
class Config:
    """A whole pipeline: summarizer, translator and run settings."""

    name: str
    summarizer: StageConfig
    translator: StageConfig
    batch_size: int = 8
    device: str = "auto"  # auto | cpu | cuda
    max_input_bytes: int = 5_000_000
    path: str | None = None  # the YAML file the config came from
    # optional one-step stage: cleaned article -> English brief (replaces summarizer + translator)
    briefer: StageConfig = field(default_factory=StageConfig)
    # a site template file (``vnsumm template``): its lines are taken out of every cleaned article
    template: str | None = None
    template_sha256: str | None = None  # the template file's hash when the config was read (set by ``from_dict``)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def fingerprint(self) -> str:
        """Short hash of everything that changes outputs (not the name, the file path or the batch size)."""
        d = self.to_dict()
        d.pop("name"), d.pop("path"), d.pop("batch_size")
        if self.briefer.backend == "none":  # configs without a briefer keep their fingerprints
            d.pop("briefer")
        sha256 = d.pop("template_sha256")
        if self.template is None:  # nor do configs without a template; with one, its content counts, not its path
            d.pop("template")
        else:
            d["template"] = sha256 or SiteTemplate.load(self.template).sha256
        blob = json.dumps(d, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


STAGES = ("summarizer", "translator", "briefer")


def configured_models(config: Config) -> list[tuple[str, str]]:
    """(stage, model) pairs of the models a config loads itself (folders or hub names)."""
    return [(stage, getattr(config, stage).model) for stage in STAGES
            if getattr(config, stage).model and getattr(config, stage).backend != "llm"]


def user_config_dir() -> Path:
    """The user's config folder: ``$XDG_CONFIG_HOME/vnsumm/configs`` or ``~/.config/vnsumm/configs``."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "vnsumm" / "configs"


def config_dirs() -> list[Path]:
    """Where named configs are looked up, first match wins: ``VNSUMM_CONFIG_DIR``, ``./configs``, the user's
    folder, then the configs shipped with vnsumm."""
    dirs = []
    if os.environ.get("VNSUMM_CONFIG_DIR"):
        dirs.append(Path(os.environ["VNSUMM_CONFIG_DIR"]))
    dirs += [Path.cwd() / "configs", user_config_dir(), PACKAGE_CONFIGS]
    return dirs


def config_files() -> dict[str, Path]:
    """Each config name and the file it resolves to (the first folder that has it wins)."""
    found: dict[str, Path] = {}
    for folder in config_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                found.setdefault(path.stem, path)
    return dict(sorted(found.items()))


def available_configs() -> list[str]:
    return list(config_files())


def find_config(name_or_path: str | os.PathLike) -> Path:
    """Resolve a config name or path to a YAML file, or raise ConfigError."""
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.is_file():
        if not p.is_file():
            raise ConfigError(f"config file not found: {p}")
        return p
    for d in config_dirs():
        candidate = d / f"{name_or_path}.yaml"
        if candidate.is_file():
            return candidate
    raise ConfigError(
        f"unknown config '{name_or_path}'; available: {', '.join(available_configs()) or 'none'}"
        " (or give a path to a .yaml file)"
    )


def parse_overrides(overrides: list[str] | dict[str, Any] | None) -> dict[str, Any]:
    """``["summarizer.k=3", "device=cpu"]`` → ``{"summarizer.k": 3, "device": "cpu"}``."""
    if not overrides:
        return {}
    if isinstance(overrides, dict):
        return dict(overrides)
    out: dict[str, Any] = {}
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"bad override '{item}': expected key=value, e.g. summarizer.k=3")
        out[key.strip()] = _parse_value(value)
    return out


def _parse_value(value: str) -> Any:
    """YAML scalars, lists and ``{...}`` maps; anything else (``vi: ``) stays the string given."""
    if not value.strip():
        return None
    try:
        parsed = yaml.safe_load(value)
    except yaml.YAMLError:
        return value
    if isinstance(parsed, dict) and not value.lstrip().startswith("{"):
        return value
    return parsed


def _set_dotted(raw: dict[str, Any], key: str, value: Any) -> None:
    node = raw
    parts = key.split(".")
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value


def _stage(raw: Any, where: str) -> StageConfig:
    if raw in (None, "none"):
        return StageConfig()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must be a mapping with at least 'backend'")
    raw = dict(raw)
    backend = raw.pop("backend", None)
    if not isinstance(backend, str):
        raise ConfigError(f"{where}.backend is missing (e.g. seq2seq, extractive, none)")
    if backend == "ctranslate2":
        raise ConfigError(
            f"{where}.backend ctranslate2 is now an engine: use backend: seq2seq with engine: ctranslate2")
    model = raw.pop("model", None)
    if model is not None and not isinstance(model, str):
        raise ConfigError(f"{where}.model must be a hub name or a folder path")
    return StageConfig(backend=backend, model=model, settings=raw)


TOP_LEVEL = {"summarizer", "translator", "briefer", "batch_size", "device", "max_input_bytes", "template"}


def from_dict(raw: dict[str, Any], name: str = "custom", path: str | None = None) -> Config:
    """Build and validate a Config from a plain mapping."""
    if not isinstance(raw, dict):
        raise ConfigError(f"config '{name}' must be a YAML mapping")
    unknown = set(raw) - TOP_LEVEL
    if unknown:
        raise ConfigError(f"config '{name}': unknown field(s) {', '.join(sorted(unknown))}")
    batch_size = raw.get("batch_size", 8)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"config '{name}': batch_size must be a positive integer")
    device = raw.get("device", "auto")
    if device not in ("auto", "cpu", "cuda") and not str(device).startswith("cuda:"):
        raise ConfigError(f"config '{name}': device must be auto, cpu or cuda")
    max_bytes = raw.get("max_input_bytes", 5_000_000)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ConfigError(f"config '{name}': max_input_bytes must be a positive integer")
    template, template_sha256 = raw.get("template"), None
    if template is not None:
        if not isinstance(template, str) or not template.strip():
            raise ConfigError(f"config '{name}': template must be the path of a site template file")
        template_sha256 = SiteTemplate.load(template).sha256  # refused now, in one line, if missing or no template
        template = str(Path(template).resolve())  # the same file wherever a worker runs
    return Config(
        name=name,
        summarizer=_stage(raw.get("summarizer"), "summarizer"),
        translator=_stage(raw.get("translator"), "translator"),
        batch_size=batch_size,
        device=device,
        max_input_bytes=max_bytes,
        path=path,
        briefer=_stage(raw.get("briefer"), "briefer"),
        template=template,
        template_sha256=template_sha256,
    )


def load_config(
    name_or_path: str | os.PathLike = "default",
    overrides: list[str] | dict[str, Any] | None = None,
) -> Config:
    """Load a named or path config and apply ``dotted.key=value`` overrides."""
    path = find_config(name_or_path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config {path}: {exc}".splitlines()[0]) from None
    raw = copy.deepcopy(raw)
    for key, value in parse_overrides(overrides).items():
        _set_dotted(raw, key, value)
    return from_dict(raw, name=path.stem, path=str(path))


def dump_config(raw: dict[str, Any], path: str | os.PathLike, header: str = "") -> Path:
    """Write a config mapping as YAML (checked by :func:`from_dict` first), atomically; returns the path.

    ``header`` becomes comment lines at the top.
    """
    path = Path(path)
    from_dict(copy.deepcopy(raw), name=path.stem)
    comments = "".join(f"# {line}\n" for line in header.splitlines())
    text = comments + yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
