"""Atomic file writing, for every output and cache entry kg writes.

The data goes to a temporary file in the same directory, which is flushed (and, when
``durable``, fsynced) and then moved over the target with ``os.replace``. Readers see the old
file or the new one, never a partial one; if anything fails, the temporary file is removed and
the old file is untouched.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically; ``durable`` also fsyncs the file and its directory,
    so the new file survives a power cut (outputs want it, a cache can do without)."""
    path = Path(path)
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True)
    # the temporary name is known before the file exists, so that an interrupt arriving at any
    # point after its creation (even as the creating call returns) still finds it to remove
    tmp_name = str(directory / f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        # the temporary file is created 0600; give it the permissions a plain open() would.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except FileExistsError:
        raise  # (another writer's file of the same random name: not ours to remove)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    if durable:
        _fsync_dir(directory)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically and durably (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode(encoding))  # unencodable text fails before the disk is touched


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; best effort (not every platform can open a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
