"""Where configs are found, the user's own folder included, and the environment variables vnsumm reads.

* ``VNSUMM_CONFIG_DIR``: a folder of ``NAME.yaml`` configs, looked up first;
* ``./configs``: the current folder's configs;
* ``$XDG_CONFIG_HOME/vnsumm/configs`` (default ``~/.config/vnsumm/configs``): the user's configs;
* the configs shipped with vnsumm.
"""
from __future__ import annotations

import os
from pathlib import Path

from vnsumm import config as _config

__all__ = ["user_config_dir", "search_dirs", "config_files", "config_names", "resolve_config_name"]


def user_config_dir() -> Path:
    """The user's config folder: ``$XDG_CONFIG_HOME/vnsumm/configs`` or ``~/.config/vnsumm/configs``."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "vnsumm" / "configs"


def search_dirs() -> list[Path]:
    """Config folders in lookup order (``config.config_dirs`` with the user folder before the shipped one)."""
    dirs = list(_config.config_dirs())
    user = user_config_dir()
    if user not in dirs:
        dirs.insert(max(0, len(dirs) - 1), user)  # before the package's own configs
    return dirs


def config_files() -> dict[str, Path]:
    """Each config name and the file it resolves to (the first folder that has it wins)."""
    found: dict[str, Path] = {}
    for folder in search_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                found.setdefault(path.stem, path)
    return dict(sorted(found.items()))


def config_names() -> list[str]:
    return list(config_files())


def resolve_config_name(name_or_path: str) -> str:
    """A config name found only in the user folder → its path; anything else unchanged (for load_config)."""
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.is_file():
        return name_or_path
    user = user_config_dir()
    for folder in search_dirs():
        if (folder / f"{name_or_path}.yaml").is_file():
            return str(folder / f"{name_or_path}.yaml") if folder == user else name_or_path
    return name_or_path
