"""Whether a file is on a network share: SQLite's write-ahead log needs memory shared by
every program that opens the file, and a network file system cannot give it (nor the file
locks SQLite relies on, on many servers), so an embedded database there is damaged the day
two PCs write to it. Several PCs share a PostgreSQL server instead."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path, PurePath

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre", "ncpfs", "coda",
    "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.glusterfs", "fuse.cephfs",
})
"""Linux file system types (the third field of /proc/mounts) whose files live on another machine."""
DRIVE_REMOTE = 4
"""GetDriveTypeW's answer for a mapped network drive."""


def network_share(path: PurePath, *, platform: str = sys.platform, mounts: str | None = None,
                  drive_type: Callable[[str], int] | None = None) -> str | None:
    """What network share `path` is on ("\\\\server\\share", "nfs4", "a network drive"), or
    None for a local disk. `mounts` (the text of /proc/mounts) and `drive_type` (Windows'
    GetDriveTypeW) are read from the system unless given."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        parts = [p for p in text.replace("/", "\\").split("\\") if p]
        return "\\\\" + "\\".join(parts[:2])
    if platform == "win32":
        return _windows_drive(path, drive_type)
    if platform.startswith("linux"):
        return _linux_mount(path, mounts)
    return None


def _windows_drive(path: PurePath, drive_type: Callable[[str], int] | None) -> str | None:
    drive = (path.absolute() if isinstance(path, Path) else path).drive
    if not drive:
        return None
    if drive_type is None:
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return drive if drive_type(drive + "\\") == DRIVE_REMOTE else None


def _linux_mount(path: PurePath, mounts: str | None) -> str | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # no mount table to read (a container without /proc): nothing to tell
    where = _existing(Path(path))
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(_unescape(fields[1]))
        if where == point or point in where.parents:
            depth = len(point.parts)
            if best is None or depth > best[0]:
                best = (depth, fields[2])
    return best[1] if best is not None and best[1] in NETWORK_FILE_SYSTEMS else None


def _existing(path: Path) -> PurePath:
    """The path with its links resolved as far as it exists (a new database's folder may not)."""
    absolute = path.absolute()
    for candidate in (absolute, *absolute.parents):
        if candidate.exists():
            return PurePath(candidate.resolve()) / absolute.relative_to(candidate)
    return PurePath(absolute)


def _unescape(field: str) -> str:
    """/proc/mounts writes a space, tab, newline and backslash in a mount point as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field
