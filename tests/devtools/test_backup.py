"""A backup restores into a fresh database with the same rows in every table."""

from __future__ import annotations

import pytest
from django.db import connection

from devtools.resilience import backup
from tests.factories.districts import DistrictFactory
from tests.factories.inquiries import InquiryFactory
from tests.factories.parks import ParkFactory


@pytest.mark.django_db(transaction=True)
def test_backup_restores_every_table_with_the_same_row_counts(tmp_path, settings):
    ParkFactory.create_batch(3, district=DistrictFactory())
    InquiryFactory.create_batch(2)
    media = tmp_path / "media"
    (media / "parks").mkdir(parents=True)
    (media / "parks" / "photo.png").write_bytes(b"not really a png")
    name = connection.settings_dict["NAME"]
    url = backup.with_database(backup.database_url(), name)
    target = f"{name}_restored"

    dump, archive = backup.backup(url, media, tmp_path / "backups")
    try:
        restored_url = backup.restore(
            dump, url, target, tmp_path / "restored-media", replace=True
        )
        source = backup.table_counts(url)
        restored = backup.table_counts(restored_url)
    finally:
        backup.drop_database(url, target)

    assert dump.suffix == ".dump"
    assert archive.name.endswith(".tar.gz")
    assert source["parks_park"] == 3
    assert source["inquiries_inquiry"] == 2
    assert restored == source
    restored_file = tmp_path / "restored-media" / "parks" / "photo.png"
    assert restored_file.read_bytes() == b"not really a png"


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_to_overwrite_an_existing_database(tmp_path):
    name = connection.settings_dict["NAME"]
    url = backup.with_database(backup.database_url(), name)
    dump, _ = backup.backup(url, tmp_path / "none", tmp_path / "backups")
    with pytest.raises(SystemExit, match="exists"):
        backup.restore(dump, url, name, tmp_path / "m")
