"""An embedded database on a network share is refused, with the reason: SQLite's WAL does not
work over a network file system."""
from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from app.errors import StoreError
from app.store import open_store
from app.store.engine import check_sqlite_target
from app.store.network import DRIVE_REMOTE, network_share

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
fileserver:/export/shop /mnt/shop nfs4 rw,relatime,vers=4.2 0 0
//nas/desk /mnt/nas cifs rw,relatime,vers=3.1.1 0 0
//nas/desk /mnt/smb3 smb3 rw 0 0
user@host:/srv /home/clerk/remote fuse.sshfs rw,nosuid,nodev 0 0
drvfs /mnt/c 9p rw,noatime 0 0
/dev/sdb1 /mnt/shop/local\\040disk ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "share"), [
    ("/mnt/shop/khedmat.db", "nfs4"),
    ("/mnt/shop/sub/dir/new.db", "nfs4"),  # a folder that does not exist yet
    ("/mnt/nas/khedmat.db", "cifs"),
    ("/mnt/smb3/khedmat.db", "smb3"),
    ("/home/clerk/remote/k.db", "fuse.sshfs"),
    ("/mnt/c/Users/clerk/k.db", "9p"),
    ("/mnt/shop/local disk/k.db", None),  # a local disk mounted inside a share: its own mount wins
    ("/mnt/shopping/k.db", None),  # a name that only starts like a share's mount point
    ("/home/clerk/k.db", None),
    ("/tmp/k.db", None),
])
def test_linux_network_file_systems_are_found_from_the_mount_table(path, share):
    assert network_share(Path(path), platform="linux", mounts=MOUNTS) == share


def test_unc_paths_are_network_shares_on_any_system():
    assert network_share(Path(r"\\server\share\khedmat\k.db"), platform="win32", drive_type=lambda d: 3) \
        == r"\\server\share"
    assert network_share(Path("//server/share/k.db"), platform="linux", mounts=MOUNTS) == r"\\server\share"


def test_a_mapped_network_drive_on_windows_is_asked_of_the_system():
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root.upper() == "Z:\\" else 3

    assert network_share(PureWindowsPath(r"Z:\khedmat\k.db"), platform="win32", drive_type=drive_type) == "Z:"
    assert network_share(PureWindowsPath(r"C:\khedmat\k.db"), platform="win32", drive_type=drive_type) is None
    assert asked == ["Z:\\", "C:\\"]


def test_a_database_on_a_share_is_refused_before_anything_is_made(tmp_path, monkeypatch):
    monkeypatch.setattr("app.store.engine.network_share", lambda path: "nfs4")
    target = tmp_path / "share" / "k.db"
    with pytest.raises(StoreError) as refused:
        open_store(f"sqlite:///{target}")
    assert "network share (nfs4)" in refused.value.message() and "PostgreSQL" in refused.value.message()
    assert not target.parent.exists()


def test_a_database_on_this_pcs_own_disk_is_taken(tmp_path):
    check_sqlite_target(tmp_path / "k.db", create=True)
