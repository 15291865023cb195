"""This computer's RefundDesk identity: a random id made once per user and kept in the config dir.

Workers that share a database name themselves by it (not by host name, which two shop PCs may
share), so a lease holder can be recognised as "this computer" or "another computer".
"""

from __future__ import annotations

import logging
import os
import uuid
from functools import cache
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

ENV_OVERRIDE = "REFUNDDESK_INSTALL_ID"


def install_id_path() -> Path:
    return Path(platformdirs.user_config_dir("RefundDesk", appauthor=False)) / "install-id"


@cache
def install_id() -> str:
    """The id of this install; made on first use. A config folder that cannot be written gives
    an id for this run only (logged): leases then just wait for expiry instead of spotting a
    dead process of this computer."""
    override = os.environ.get(ENV_OVERRIDE, "").strip()
    if override:
        return override[:40]
    path = install_id_path()
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text[:40]
    except (OSError, UnicodeDecodeError):
        pass
    made = uuid.uuid4().hex[:16]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Exclusive create: of two programs starting at once, both end up with the first's id.
        with path.open("x", encoding="ascii") as f:
            f.write(made)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()[:40] or made
    except OSError as exc:
        log.warning("could not save this computer's RefundDesk id in %s: %s", path, exc)
    return made
