"""Uploads on disk per session, kept while a tab is open and for the TTL after; datasets bounded."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest

from ui.dataset_cache import DatasetCache
from ui.uploads import UploadStore, safe_name, valid_token


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_upload_is_written_to_its_session_folder_and_removed_a_ttl_after_its_last_tab_closed(tmp_path):
    clock = Clock()
    store = UploadStore(tmp_path, ttl=60, clock=clock)
    token = store.open()
    assert valid_token(token)
    path = store.save(token, "sales.csv", io.BytesIO(b"customer_id,date,amount\na,2024-01-01,5\n"))
    assert path.read_bytes().startswith(b"customer_id")
    assert tmp_path / token in path.parents and path.name == "sales.csv"
    store.hold(token)
    clock.now += 3600
    assert store.sweep() == []  # a tab is open: kept however long it idles
    store.release(token)
    clock.now += 59
    assert store.sweep() == [] and path.exists()  # within the TTL after the tab closed: a reload gets it
    clock.now += 2
    assert store.sweep() == [token]
    assert not (tmp_path / token).exists()
    assert store.record(token) is None


def test_a_token_is_random_and_an_unknown_or_malformed_one_names_nothing(tmp_path):
    store = UploadStore(tmp_path, ttl=60)
    first, second = store.open(), store.open()
    assert first != second and len(first) >= 24
    assert store.record("../../etc") is None
    assert store.record("A" * 24) is None


def test_a_session_record_keeps_language_and_source_and_two_uploads_of_one_name_both_stay(tmp_path):
    store = UploadStore(tmp_path, ttl=60)
    token = store.open()
    one = store.save(token, "a.csv", io.BytesIO(b"1"))
    two = store.save(token, "a.csv", io.BytesIO(b"2"))
    assert one != two and one.read_bytes() == b"1" and two.read_bytes() == b"2"
    store.update(token, lang="ru", source="the source")
    found = store.record(token)
    assert found is not None and (found.lang, found.source, found.scenario) == ("ru", "the source", None)
    store.update(token, scenario='{"abc": {"a": 0.7}}')
    found = store.record(token)
    assert found is not None and (found.lang, found.scenario) == ("ru", '{"abc": {"a": 0.7}}')


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../x.csv", "x.csv"),
        ("C:\\Users\\me\\прод.xlsx", "прод.xlsx"),
        ("a;b|c.csv", "a_b_c.csv"),
        ("..", "upload"),
    ],
)
def test_a_file_name_is_written_without_its_path_or_odd_characters(name, expected):
    assert safe_name(name) == expected


def test_folders_left_by_an_earlier_server_go_once_older_than_the_ttl(tmp_path):
    left = tmp_path / "left-by-an-earlier-server"
    left.mkdir()
    (left / "old.csv").write_bytes(b"1")
    store = UploadStore(tmp_path, ttl=0.0)
    store.sweep()
    assert not left.exists()


@dataclass
class Held:
    name: str
    nbytes: int
    closed: bool = False

    def close(self) -> None:
        self.closed = True


def test_datasets_are_bounded_in_number_and_bytes_and_closed_when_dropped():
    clock = Clock()
    cache: DatasetCache[Held] = DatasetCache(2, 100, ttl=600, busy=10, clock=clock)
    a = cache.get("a", lambda: Held("a", 40))
    clock.now += 20
    b = cache.get("b", lambda: Held("b", 40))
    clock.now += 20
    assert cache.get("a", lambda: Held("other", 1)) is a  # kept: built once
    clock.now += 20
    c = cache.get("c", lambda: Held("c", 10))
    assert cache.keys() == ["a", "c"] and b.closed and not a.closed  # b: least recently used
    clock.now += 20
    cache.get("d", lambda: Held("d", 70))  # 120 bytes > 100: the least recently used idle one goes
    assert a.closed and not c.closed and cache.size() == 80


def test_a_dataset_in_use_stays_over_the_bound_and_an_idle_one_goes_after_its_ttl():
    clock = Clock()
    cache: DatasetCache[Held] = DatasetCache(1, 10**9, ttl=600, busy=30, clock=clock)
    a = cache.get("a", lambda: Held("a", 1))
    b = cache.get("b", lambda: Held("b", 1))
    assert not a.closed and cache.keys() == ["a", "b"]  # a was used a moment ago
    clock.now += 601
    assert cache.sweep() == 2
    assert a.closed and b.closed and cache.keys() == []
