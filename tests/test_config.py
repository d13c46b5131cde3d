import pytest

from generator.config import ConfigError, load_config
from tests.builders import make_project


def test_valid_project_loads(tmp_path):
    config = load_config(make_project(tmp_path, templates=False))
    assert config.site.analyser == "auto"
    assert {t.id for t in config.tracks.tracks} == {"us-russia-bilateral", "arms-control"}


def test_errors_name_the_file_and_the_key(tmp_path):
    make_project(tmp_path, {"site_config/site.yml": "analyser: magic\npaths: {seeds: 3, bogus: x}\n"}, templates=False)
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    message = str(info.value)
    assert "site.yml" in message and "analyser" in message and "paths.bogus" in message


def test_bad_actor_id_and_unknown_country(tmp_path):
    make_project(tmp_path, {"site_config/actors.yml": """
        actors:
          - {id: Bad Id, name: X, type: person}
        """}, templates=False)
    with pytest.raises(ConfigError, match=r"actors\.0\.id"):
        load_config(tmp_path)
    make_project(tmp_path, {"site_config/actors.yml": """
        actors:
          - {id: x, name: X, type: person, country: atlantis}
        """}, templates=False)
    with pytest.raises(ConfigError, match="atlantis"):
        load_config(tmp_path)


def test_yaml_alias_bomb_is_refused(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))
    make_project(tmp_path, {"site_config/tracks.yml": bomb}, templates=False)
    with pytest.raises(ConfigError, match="alias"):
        load_config(tmp_path)


def test_missing_registry_is_reported(tmp_path):
    make_project(tmp_path, templates=False)
    (tmp_path / "site_config" / "actors.yml").unlink()
    with pytest.raises(ConfigError, match=r"actors\.yml: missing"):
        load_config(tmp_path)


def test_track_cue_naming_an_unknown_actor_is_an_error(tmp_path):
    make_project(tmp_path, {"site_config/tracks.yml": """
        tracks:
          - id: t
            title: T
            cues: {actors: [nobody-known]}
        """}, templates=False)
    with pytest.raises(ConfigError, match=r"tracks\.0\.cues.*nobody-known"):
        load_config(tmp_path)


def test_a_track_whose_process_ends_before_it_begins_is_an_error(tmp_path):
    make_project(tmp_path, {"site_config/tracks.yml": """
        tracks:
          - id: t
            title: T
            since: 2025-01-20
            until: 2024-12-31
        """}, templates=False)
    with pytest.raises(ConfigError, match=r"(?s)tracks\.yml.*tracks\.0.*until"):
        load_config(tmp_path)


def test_a_track_may_name_alternatives_and_each_must_be_known(tmp_path):
    make_project(tmp_path, {"site_config/tracks.yml": """
        tracks:
          - id: t
            title: T
            cues: {named: [united-states, [russia, nowhere-land]]}
        """}, templates=False)
    with pytest.raises(ConfigError, match=r"tracks\.0\.cues.*nowhere-land"):
        load_config(tmp_path)


def test_track_cue_naming_an_unknown_event_type_is_an_error(tmp_path):
    make_project(tmp_path, {"site_config/tracks.yml": """
        tracks:
          - id: t
            title: T
            cues: {contacts: [phonecall]}
        """}, templates=False)
    with pytest.raises(ConfigError, match=r"(?s)tracks\.yml.*tracks\.0\.cues\.contacts"):
        load_config(tmp_path)
