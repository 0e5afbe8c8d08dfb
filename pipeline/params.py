"""Tunables: read from one file, ``params.yaml``.

The file ships inside the package (``pipeline/params.yaml``; the project's top-level ``params.yaml``
is a link to it, where DVC looks), so an installed ``annex-pipeline`` has every default without a
checkout. A ``params.yaml`` in the working directory, or ``--params FILE``, overrides it key by key.
The code keeps no second copy of any default: a missing key is an error naming it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import InputFileError

PACKAGED = Path(__file__).with_name("params.yaml")
LOCAL = Path("params.yaml")


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputFileError(path, "parameters file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputFileError(path, f"cannot read parameters: {error}") from None
    except yaml.YAMLError as error:
        raise InputFileError(path, f"not valid YAML: {' '.join(str(error).split())}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputFileError(path, "parameters must be a YAML mapping")
    return data


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
    return merged


def load_params(path: str | Path | None = None) -> dict[str, Any]:
    """The packaged parameters, overridden by ``path`` (else by ``./params.yaml`` if there is one)."""
    params = _read(PACKAGED)
    override = Path(path) if path is not None else LOCAL if LOCAL.is_file() else None
    if override is not None and (not override.exists() or override.resolve() != PACKAGED.resolve()):
        params = _merge(params, _read(override))
    return params


def section(params: dict[str, Any], dotted: str) -> Any:
    """``params["a"]["b"]`` for ``"a.b"``; a missing key is an error naming it."""
    value: Any = params
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            raise InputFileError("params.yaml", f"missing parameter {dotted}")
        value = value[key]
    return value
