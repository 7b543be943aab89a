"""`relint init` and `relint init --learn`: a starter config, and one learned from releases."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import write_folder

from relint.cli import main
from relint.config.load import load_config
from relint.learn.tally import Vote
from relint.learn.write import DECIDE

ABOUT_A = "Acme makes anvils for the trade and has done so since 1920, from its works in Ohio."
ABOUT_B = "Acme makes anvils and rockets for the trade, from its works in Ohio and Utah."


def release(dateline: str, body: str, about: str | None = ABOUT_A) -> str:
    text = f"Acme Opens a Plant\n\n{dateline}{body}\n"
    if about:
        text += f"\nAbout Acme\n\n{about}\n"
    return text


def published(tmp_path: Path, bodies: list[str]) -> Path:
    """A folder of releases, one a day from June 2, 2025, with these bodies."""
    return write_folder(tmp_path / "published", {f"r{i}.txt": release(f"BOSTON, June {i + 2}, 2025 — ", body)
                                                 for i, body in enumerate(bodies)})


@pytest.fixture
def catalogue(release_folder):
    return release_folder({
        "2024-01-10.txt": release("NEW YORK, Jan. 10, 2024 — ",
                                  "Acme® (NASDAQ: ACME) opened a plant. Jane Doe, senior vice president of Acme, "
                                  "said Acme® will hire. Widget™ ships soon."),
        "2024-06-02.txt": release("CHICAGO, June 2, 2024 — ",
                                  "Acme® (NASDAQ: ACME) grew. Acme® sold Widget® units. Jane Doe, executive vice president of Acme, "
                                  "spoke."),
        "2025-03-04.txt": release("BOSTON, March 4, 2025 — ",
                                  "Acme® opened an office. Acme staff moved. Micro Widget was not marked.",
                                  about=ABOUT_B),
        "2025-05-05.txt": release("Denver, 5 May 2025 - ", "Acme® (NASDAQ: ACME) hired 40 people."),
    }, name="published")


def run(*args: str, cwd: Path):
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def learned(catalogue, tmp_path) -> tuple[str, dict]:
    out = tmp_path / "house"
    out.mkdir()
    result = run("init", "--learn", str(catalogue), cwd=out)
    assert result.exit_code == 0, result.output
    text = (out / ".relint.yaml").read_text(encoding="utf-8")
    load_config(out / ".relint.yaml")  # valid: relint reads what it wrote
    return text, yaml.safe_load(text)


def test_init_writes_a_valid_starter_config_and_never_overwrites_without_force(tmp_path):
    assert run("init", cwd=tmp_path).exit_code == 0
    config = tmp_path / ".relint.yaml"
    load_config(config)
    config.write_text("fail-on: warning\n", encoding="utf-8")
    again = run("init", cwd=tmp_path)
    assert again.exit_code == 2 and "already exists" in again.output and "--force" in again.output
    assert config.read_text(encoding="utf-8") == "fail-on: warning\n", "the writer's config is untouched"
    assert run("init", "--force", cwd=tmp_path).exit_code == 0
    assert "house:" in config.read_text(encoding="utf-8")


def test_paths_without_learn_and_a_folder_without_releases_are_clear_errors(tmp_path):
    assert run("init", "somewhere", cwd=tmp_path).exit_code == 2
    (tmp_path / "empty").mkdir()
    result = run("init", "--learn", "empty", cwd=tmp_path)
    assert result.exit_code == 2 and "no releases" in result.output
    assert not (tmp_path / ".relint.yaml").exists()


def test_the_dateline_form_most_releases_use_is_chosen_with_its_count(catalogue, tmp_path):
    text, data = learned(catalogue, tmp_path)
    dateline = data["house"]["dateline"]
    assert dateline["city-case"] == "caps" and dateline["date-order"] == "mdy" and dateline["dash"] == "em"
    assert dateline["form"] == "CITY, Month D, YYYY — ", "the most common whole form (2 of 4), marked DECIDE"
    assert f"# {DECIDE}: no whole form has a majority" in text
    assert "caps: 3; title: 1 (of 4" in text and "mdy: 3; dmy: 1 (of 4" in text


def test_marks_with_their_symbol_policy_and_a_symbol_the_releases_disagree_on(catalogue, tmp_path):
    text, data = learned(catalogue, tmp_path)
    marks = {m["mark"]: m for m in data["house"]["trademarks"]}
    assert marks["Acme"]["symbol"] == "®"
    assert data["house"]["company"] == "Acme"
    assert marks["Widget"]["symbol"] in ("®", "™")
    assert f"# {DECIDE}: written with more than one symbol" in text
    # "Acme staff moved" after one marked Acme: the 2025 release marks the first mention only
    assert "first-mention: 1" in text


def test_a_person_with_two_titles_is_listed_with_both_and_flagged(catalogue, tmp_path):
    text, data = learned(catalogue, tmp_path)
    people = {p["name"]: p for p in data["house"]["people"]}
    titles = [t["title"] for t in people["Jane Doe"]["titles"]]
    assert sorted(titles) == ["executive vice president", "senior vice president"]
    assert f"# {DECIDE}: 2 titles seen" in text
    assert "2024-01-10 to 2024-01-10" in text and "2024-06-02 to 2024-06-02" in text


def test_a_title_change_over_time_becomes_registry_dates_and_a_one_off_stands_out(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    plan = [("2023", "Jan. 5", "chief operating officer"), ("2023", "May 6", "chief operating officer"),
            ("2024", "Feb. 7", "chief executive officer"), ("2024", "Aug. 8", "chief executive officer"),
            ("2024", "Sept. 9", "chief executive officer")]
    for i, (year, day, title) in enumerate(plan):
        other = "senior vice president" if i != 3 else "executive vice president"
        body = f"Acme opened a plant. Jane Doe, {title} of Acme, spoke. Bo Li, {other} of Acme, too."
        (folder / f"r{i}.txt").write_text(release(f"BOSTON, {day}, {year} — ", body), encoding="utf-8")
    text, data = learned(folder, tmp_path)
    people = {p["name"]: p for p in data["house"]["people"]}
    assert people["Jane Doe"]["titles"] == [
        {"title": "chief operating officer", "to": dt.date(2024, 2, 6)},
        {"title": "chief executive officer", "from": dt.date(2024, 2, 7)},
    ]
    assert "2 titles, one after the other" in text
    assert [t["title"] for t in people["Bo Li"]["titles"]] == ["senior vice president", "executive vice president"]
    assert f"# {DECIDE}: 2 titles seen" in text and "(a one-off: read it)" in text
    assert text.count("one-off") == 1

    report = run("check", "--no-cache", "--format", "concise", "--config", str(tmp_path / "house" / ".relint.yaml"),
                 str(folder), cwd=tmp_path)
    assert not [line for line in report.output.splitlines() if "Jane Doe" in line], "the dated titles agree"


def test_the_boilerplate_most_releases_carry_is_saved_as_the_canonical_text(catalogue, tmp_path):
    text, data = learned(catalogue, tmp_path)
    entry = data["house"]["boilerplate"][0]
    assert entry["heading"] == "About Acme" and entry["required"] == "always"
    saved = (tmp_path / "house" / entry["file"]).read_text(encoding="utf-8")
    assert saved.strip() == ABOUT_A
    assert "2 versions of the text" in text


def test_a_text_the_company_has_since_replaced_is_not_kept_for_being_used_longer(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i in range(8):  # five releases with the old text, then three with the new
        (folder / f"r{i}.txt").write_text(release(f"BOSTON, June {i + 2}, 2025 — ", "Acme opened a plant.",
                                                  about=ABOUT_A if i < 5 else ABOUT_B), encoding="utf-8")
    text, data = learned(folder, tmp_path)
    entry = data["house"]["boilerplate"][0]
    assert (tmp_path / "house" / entry["file"]).read_text(encoding="utf-8").strip() == ABOUT_B
    assert "the text 3 of the latest 3 dated releases carry" in text and "2 versions of the text" in text


def test_tickers_and_conventions_by_majority(catalogue, tmp_path):
    text, data = learned(catalogue, tmp_path)
    ticker = data["house"]["tickers"][0]
    assert (ticker["exchange"], ticker["symbol"], ticker["form"]) == ("NASDAQ", "ACME", "(NASDAQ: ACME)")
    assert data["house"]["end-mark"] == "none"


def test_quotes_percent_and_ranges_by_majority(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i, (quote, percent, span) in enumerate([("“Yes,” she said.", "grew 5%", "in 2019–2021"),
                                                ("“We grew,” he said.", "up 7%", "2020–2022"),
                                                ('"No," he said.', "grew 5 percent", "from 2019 to 2021")]):
        (folder / f"r{i}.txt").write_text(release(f"BOSTON, June {i + 2}, 2025 — ", f"{quote} Acme {percent} {span}."),
                                          encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert data["house"]["typography"]["quotes"] == "curly"
    assert data["house"]["numbers"] == {"percent": "symbol", "range": "en-dash"}
    assert "contact" not in data["house"], "no release has a contact: relint's default stays, with a comment"
    assert "# A media contact section: without: 3" in text
    assert "curly: 2; straight: 1 (of 3" in text


def test_a_contact_most_releases_carry_is_required_in_their_form(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    contacts = ["Media contact: Jane Roe, jane@acme.example", "Media contact: Jane Roe, +1 212 555 0100",
                "Media contact: Jane Roe", None]
    for i, contact in enumerate(contacts):
        text = release(f"BOSTON, June {i + 2}, 2025 — ", "Acme grew.")
        (folder / f"r{i}.txt").write_text(text + (f"\n{contact}\n" if contact else ""), encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert data["house"]["contact"] == {"required": True, "email-or-phone": True}
    assert "with: 3; without: 1 (of 4" in text


def test_linting_with_the_learned_config_reports_the_releases_that_depart_from_it(catalogue, tmp_path):
    learned(catalogue, tmp_path)
    result = run("check", "--no-cache", "--format", "concise", "--config", str(tmp_path / "house" / ".relint.yaml"),
                 str(catalogue), cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    dissenter = [line for line in result.output.splitlines() if "2025-05-05.txt" in line]
    assert any("RL103" in line or "RL110" in line for line in dissenter), "its dateline departs from the house form"
    assert "RL303" in result.output, "Jane Doe's two titles are still reported until a human dates them"


def test_a_tie_is_marked_for_a_human_and_writes_the_latest_form():
    vote = Vote()
    vote.add("mdy", "a.txt", dt.date(2024, 1, 1))
    vote.add("dmy", "b.txt", dt.date(2025, 1, 1))
    assert vote.majority() is None
    assert vote.plurality() == "dmy"
    vote.add("mdy", "c.txt", dt.date(2023, 1, 1))
    assert vote.majority() == "mdy"


def test_a_second_learn_reads_the_cache_and_a_damaged_entry_is_observed_afresh(catalogue, tmp_path, monkeypatch):
    monkeypatch.setenv("RELINT_CACHE_DIR", str(tmp_path / "cache"))
    first, _ = learned(catalogue, tmp_path)
    entries = sorted((tmp_path / "cache" / "v1" / "learn").rglob("*.json"))
    assert len(entries) == 4, "one entry per release"
    for i, entry in enumerate(entries[:3]):
        entry.write_text(['{"path": 1}', "[]", "{"][i], encoding="utf-8")
    import json

    kept = json.loads(entries[3].read_text(encoding="utf-8"))  # the right path, a count that is not one
    entries[3].write_text(json.dumps({**kept, "marks": [["Acme", ["®"], None, "two", []]]}), encoding="utf-8")
    out = tmp_path / "again"
    out.mkdir()
    assert run("init", "--learn", str(catalogue), cwd=out).exit_code == 0
    assert (out / ".relint.yaml").read_text(encoding="utf-8") == first
    third = tmp_path / "third"
    third.mkdir()
    assert run("init", "--learn", "--no-cache", "-j", "2", str(catalogue), cwd=third).exit_code == 0
    assert (third / ".relint.yaml").read_text(encoding="utf-8") == first


def test_odd_characters_line_breaks_empty_files_and_its_own_boilerplate_do_not_spoil_the_config(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i in range(3):
        body = "Acme® (NASDAQ:\nACME) grew.\n\n###\n" if i else "Acme® grew \x99 in Ohio\u2028today.\n\n###\n"
        (folder / f"r{i}.txt").write_text(release(f"BOSTON, June {i + 2}, 2025 — ", body,
                                                  about=ABOUT_A + " \x99\u2028\x85"), encoding="utf-8")
    for name in ("empty.txt", "blank.md"):
        (folder / name).write_text("" if name == "empty.txt" else " \n\n", encoding="utf-8")
    text, data = learned(folder, tmp_path)  # loads: every odd character is escaped or cleaned
    assert "learned from 3 releases" in text, "empty files show nothing and are not counted"
    assert data["house"]["end-mark"] == "###"
    assert data["house"]["tickers"][0]["form"] == "(NASDAQ: ACME)"
    house = tmp_path / "house"
    again = run("init", "--learn", "--force", str(folder), str(house), cwd=house)
    assert again.exit_code == 0, again.output
    assert "learned from 3 releases" in (house / ".relint.yaml").read_text(encoding="utf-8"), \
        "the boilerplate files an earlier run wrote are not releases"


def test_a_dangling_link_where_the_config_goes_is_not_written_through(tmp_path):
    target = tmp_path / "elsewhere.yaml"
    (tmp_path / ".relint.yaml").symlink_to(target)
    result = run("init", cwd=tmp_path)
    assert result.exit_code == 2 and "already exists" in result.output
    assert not target.exists()
    assert run("init", "--force", cwd=tmp_path).exit_code == 0
    assert not target.exists() and not (tmp_path / ".relint.yaml").is_symlink(), "the link is replaced, not followed"


def test_a_config_that_fails_its_check_replaces_nothing(tmp_path):
    from relint.learn.run import write_text
    from relint.read.sources import SourceError

    config = tmp_path / ".relint.yaml"
    config.write_text("fail-on: warning\n", encoding="utf-8")
    with pytest.raises(SourceError):
        write_text(config, "fail-on: [\n", check=load_config)
    assert config.read_text(encoding="utf-8") == "fail-on: warning\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".relint.yaml"], "no temporary file is left"


def test_worker_processes_learn_what_one_process_learns(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    cities = ["NEW YORK", "CHICAGO", "Boston", "DENVER"]
    for i in range(32):  # enough releases for worker processes
        body = f"Acme® grew. Jane Doe, {'senior' if i % 3 else 'executive'} vice president of Acme, said so."
        (folder / f"r{i:02d}.txt").write_text(release(f"{cities[i % 4]}, June {i % 28 + 1}, 2025 — ", body,
                                                      about=ABOUT_A if i % 5 else ABOUT_B), encoding="utf-8")
    texts = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        out.mkdir()
        assert run("init", "--learn", "--no-cache", "-j", jobs, str(folder), cwd=out).exit_code == 0
        texts.append((out / ".relint.yaml").read_text(encoding="utf-8"))
    assert texts[0] == texts[1] and "learned from 32 releases" in texts[0]


def test_a_persons_name_orders_and_courtesy_titles_are_shown_with_counts(tmp_path):
    bodies = ["Dr. Wei Zhang, chief executive officer of Acme, opened it.",
              "Dr. Wei Zhang, chief executive officer of Acme, spoke.",
              "Zhang Wei, chief executive officer of Acme, said so."]
    folder = published(tmp_path, bodies)
    text, data = learned(folder, tmp_path)
    person = data["house"]["people"][0]
    assert person["name"] == "Wei Zhang" and person["order"] == "given-family"
    assert "also written Zhang Wei (1)" in text and "courtesy titles: Dr. 2, none 1" in text
    assert f"# {DECIDE}: written in both orders" in text


def test_each_persons_courtesy_title_is_registered_and_a_second_one_is_flagged_and_reported(tmp_path):
    bodies = ["Dr. Wei Zhang, chief executive officer of Acme, opened it. Mr. Bo Li, president of Acme, spoke. "
              "Dr. Wei Zhang said so. Mr. Bo Li agreed.",
              "Dr. Wei Zhang, chief executive officer of Acme, spoke. Ann Lee, president of Acme, spoke. "
              "Ann Lee agreed. Mr. Bo Li, president of Acme, left.",
              "Mr. Wei Zhang, chief executive officer of Acme, said so. Ann Lee, president of Acme, spoke."
              " Dr. Wei Zhang agreed. Ann Lee left."]
    folder = published(tmp_path, bodies)
    text, data = learned(folder, tmp_path)
    people = {p["name"]: p for p in data["house"]["people"]}
    assert data["house"]["people-style"]["honorifics"] == "always"
    assert people["Wei Zhang"]["honorific"] == "Dr." and f"# {DECIDE}: more than one courtesy title" in text
    assert people["Bo Li"]["honorific"] == "Mr."
    assert people["Ann Lee"]["honorific"] == "none", "named four times and never given one, where everyone else is"
    assert text.count("more than one courtesy title") == 1

    report = run("check", "--no-cache", "--config", str(tmp_path / "house" / ".relint.yaml"), str(folder), cwd=tmp_path)
    found = [line for line in report.output.splitlines() if "RL306" in line]
    assert len(found) == 1 and "r2.txt" in found[0] and "'Mr.' here; the house registry writes 'Dr.'" in found[0]


@pytest.mark.parametrize("caught, mark", [
    ("Bo Peng and MicroPort", "MicroPort"), ("Eye Diseases. MicroPort", "MicroPort"),
    ("Medical Center. For Vitargus", "Vitargus"), ("CEO of Tint World", "Tint World"),
    ("Chief Executive Officer of Acme Cloud", "Acme Cloud"), ("Bank of America", "Bank of America"),
    ("Miracle Point", "Miracle Point"), ("After Effects", "After Effects"), ("When I Work", "When I Work"),
    ("FDA-cleared ViewSite", "ViewSite"),
    ("Unveiling of Klotho Patch", "Klotho Patch"), ("Update of Level Off", "Level Off"),
    ("Get With The Guidelines", "Get With The Guidelines"), ("Discover Card", "Discover Card"),
])
def test_the_name_a_mark_belongs_to_is_cut_from_the_words_caught_before_it(caught, mark):
    from relint.learn.observe import _mark_term

    assert _mark_term(caught) == mark


def test_a_mark_caught_with_words_around_it_is_learned_by_the_name_the_releases_mark(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    bodies = [
        # A headline in title case catches words before the mark; the body marks it alone.
        ("Commercial Deployment of Texatron™ Begins", "Acme ships Texatron™ units. Plato’s Closet® opened a store."),
        # A possessive that is part of the name ("Plato" is never written alone), and one that is a
        # company's ("Acme" is); a mark written in capitals in a headline and not in the body.
        ("KOINFOLD™ Launches", "Acme opened. Acme’s Widget® sold. Koinfold™ grew. Thomas & Friends™ toys sold. Visit Koinfold.com."),
        ("Acme Grows", "Where RiskFootprint™ helps, Acme grows. RiskFootprint™ is Acme’s tool. Koinfold™ rose. "
                       "The ioRinse™ kit sold."),
    ]
    for i, (headline, body) in enumerate(bodies):
        (folder / f"r{i}.txt").write_text(f"{headline}\n\nBOSTON, June {i + 2}, 2025 — {body}\n", encoding="utf-8")
    text, data = learned(folder, tmp_path)
    marks = {m["mark"]: m for m in data["house"]["trademarks"]}
    assert set(marks) == {"Texatron", "Plato’s Closet", "Widget", "Koinfold", "Thomas & Friends", "RiskFootprint",
                          "ioRinse"}
    assert marks["Koinfold"]["variants"] == ["KOINFOLD"], "a form in capitals is a variant, not a second mark"


def test_about_sections_of_one_release_generic_headings_and_link_markup_are_not_house_boilerplate(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i in range(4):
        about = ("About [Acme, Inc.](https://acme.example/)\n\n" if i % 2 else "About Acme Inc. –\n\n") + ABOUT_A
        extra = ["About the Company\n\nA company makes things for people in places, every day.",
                 "About Zenith Labs\n\nZenith Labs makes lenses for the trade, from its works in Utah.", "", ""][i]
        (folder / f"r{i}.md").write_text(f"# Acme Opens a Plant\n\nBOSTON, June {i + 2}, 2025 — Acme opened a plant."
                                          f"\n\n{about}\n\n{extra}\n", encoding="utf-8")
    text, data = learned(folder, tmp_path)
    entries = data["house"]["boilerplate"]
    assert len(entries) == 1, "one company, written two ways, with its link markup and dash dropped"
    assert entries[0]["heading"] in ("About Acme Inc.", "About Acme, Inc.") and entries[0]["required"] == "always"
    assert entries[0]["company"] in ("Acme Inc.", "Acme, Inc.")
    assert "Not listed: 1 other About section, each in only one release (e.g. Zenith Labs)" in text
    assert "Company" not in [e["company"] for e in entries]


def test_an_archive_of_many_companies_names_no_house_company_and_requires_no_about(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i, name in enumerate(["Acme", "Zenith", "Orbit", "Acme", "Nova"]):
        (folder / f"r{i}.txt").write_text(
            f"{name} Opens a Plant\n\nBOSTON, June {i + 2}, 2025 — {name}® opened a plant.\n\nAbout {name}\n\n"
            f"{name} makes anvils for the trade, from its works in Ohio.\n", encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert "company" not in data["house"] and "name the company" in text
    assert [(e["company"], e["required"]) for e in data["house"]["boilerplate"]] == [("Acme", "when-mentioned")]


def test_a_companys_possessive_before_a_title_is_not_part_of_the_title(tmp_path):
    bodies = ["Acme opened a plant, said Jane Doe, Acme’s Chief Operating Officer.",
              "Acme grew, said Jane Doe, Chief Operating Officer of Acme.",
              "Acme hired, said Ann Lee, Women’s Health Director at Acme."]
    folder = published(tmp_path, bodies)
    text, data = learned(folder, tmp_path)
    people = {p["name"]: [t["title"] for t in p["titles"]] for p in data["house"]["people"]}
    assert people == {"Jane Doe": ["Chief Operating Officer"], "Ann Lee": ["Women’s Health Director"]}
    assert f"{DECIDE}: 2 titles" not in text


def test_titles_the_rules_take_for_one_are_learned_as_one_and_roles_held_together_are_not_a_disagreement(tmp_path):
    bodies = ["Acme grew, said Jane Doe, director of Annual Giving at Acme. Bo Li, founder of Acme, agreed.",
              "Acme hired, said Jane Doe, director of Annual Giving at Acme. Bo Li, chief executive officer, agreed.",
              "Acme sold, said Jane Doe, director. Bo Li, founder and chief executive officer of Acme, agreed."]
    folder = published(tmp_path, bodies)
    text, data = learned(folder, tmp_path)
    people = {p["name"]: [t["title"] for t in p["titles"]] for p in data["house"]["people"]}
    assert people["Jane Doe"] == ["director of Annual Giving"], "'director' is the same title written shorter"
    assert sorted(people["Bo Li"]) == ["chief executive officer", "founder", "founder and chief executive officer"]
    assert "3 roles held together" in text
    assert DECIDE not in text.split("people:")[1].split("boilerplate")[0]


def test_a_title_that_could_shorten_two_others_joins_neither_and_the_change_stays_for_a_human(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    plan = [("2023", "Jan. 5", "senior vice president"), ("2023", "May 6", "senior vice president"),
            ("2023", "Sept. 7", "senior vice president"), ("2024", "Feb. 7", "president and chief executive officer"),
            ("2024", "May 8", "president and chief executive officer"), ("2024", "Aug. 9", "president"),
            ("2024", "Oct. 9", "president and chief executive officer")]
    for i, (year, day, title) in enumerate(plan):
        body = f"Acme opened a plant. Jane Doe, {title} of Acme, spoke."
        (folder / f"r{i}.txt").write_text(release(f"BOSTON, {day}, {year} — ", body), encoding="utf-8")
    text, data = learned(folder, tmp_path)
    titles = data["house"]["people"][0]["titles"]
    assert [t["title"] for t in titles] == ["senior vice president", "president and chief executive officer", "president"]
    assert f"{DECIDE}: 3 titles seen" in text and "(a one-off: read it)" in text


@pytest.mark.parametrize("seen", [
    # a control character in an evidence comment (a mark's example file name)
    {"path": "r\x1b.txt", "marks": [["Acme", ["®"], None, 0, []]]},
    # a release with nothing the learner counts: an empty house, not a null one
    {"path": "r.txt"},
], ids=["control-character", "nothing-in-common"])
def test_what_the_campaign_found_a_config_that_did_not_load(tmp_path, seen):
    from relint.learn.tally import Learner
    from relint.learn.write import config_text

    empty = {"date": None, "dateline": None, "marks": [], "people": [], "about": False, "abouts": [],
             "tickers": [], "conventions": []}
    learner = Learner()
    learner.take({**empty, **seen})
    (tmp_path / ".relint.yaml").write_text(config_text(learner), encoding="utf-8")
    load_config(tmp_path / ".relint.yaml")


@pytest.mark.parametrize("bodies, expected", [
    # once given "Mr." among five bare mentions: a slip, not his courtesy title
    (["Bo Li, president of Acme, spoke."] * 5 + ["Mr. Bo Li, president of Acme, spoke."], None),
    # a house that gives courtesy titles at later mentions registers none: the first-mention check stays
    (["Bo Li, president of Acme, spoke. Later Mr. Bo Li left."] * 4, None),
])
def test_a_courtesy_title_is_registered_only_where_most_mentions_carry_it(tmp_path, bodies, expected):
    folder = published(tmp_path, bodies)
    text, data = learned(folder, tmp_path)
    assert data["house"]["people"][0].get("honorific") == expected


def test_a_release_that_marks_a_name_in_two_cases_counts_once(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i, name in enumerate(["Acme", "Acme", "Zenith", "Orbit", "Nova", "Vega"]):
        (folder / f"r{i}.txt").write_text(f"{name.upper()}® Opens a Plant\n\nBOSTON, June {i + 2}, 2025 — "
                                          f"{name}® opened a plant.\n", encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert "company" not in data["house"], "2 of 6 releases carry Acme: no house company"
    acme = next(m for m in data["house"]["trademarks"] if m["mark"] == "Acme")
    assert acme["variants"] == ["ACME"] and "2 releases mark it" in text


def test_a_partner_whose_name_starts_like_the_house_company_is_not_the_house(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i in range(5):
        extra = "\nAbout Novartis\n\nNovartis makes medicines for people, from its works in Basel.\n" if i == 0 else ""
        (folder / f"r{i}.txt").write_text(f"Nova Opens a Plant\n\nBOSTON, June {i + 2}, 2025 — Nova® opened a plant."
                                          f"\n\nAbout Nova Inc.\n\n{ABOUT_A}\n{extra}", encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert data["house"]["company"] == "Nova"
    assert [e["company"] for e in data["house"]["boilerplate"]] == ["Nova Inc."]


def test_a_possessive_before_a_lowercase_title_and_a_one_off_text_among_the_latest(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    texts = [ABOUT_A] * 10 + [ABOUT_B, ABOUT_A.replace("anvils", "anvlis")]
    for i, about in enumerate(texts):
        body = "Acme grew, said Jane Doe, Acme’s chief operating officer."
        (folder / f"r{i:02d}.txt").write_text(release(f"BOSTON, June {i + 2}, 2025 — ", body, about=about),
                                              encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert data["house"]["people"][0]["titles"] == [{"title": "chief operating officer"}]
    entry = data["house"]["boilerplate"][0]
    assert (tmp_path / "house" / entry["file"]).read_text(encoding="utf-8").strip() == ABOUT_A


@pytest.mark.parametrize("damage", [
    {"marks": [["Acme", [], None, 0, []]]},  # a mark with no symbol
    {"marks": [["Acme", ["®"], "sometimes", 0, []]]},
    {"dateline": {"form": "x", "aspects": [["city-case", "weird"]]}},
    {"conventions": [["end-mark", "$$$"]]},
    {"people": [["", "", None, None]]},
    {"people": [["bo li", "Bo Li", "Sir.", None]]},
    {"date": "2025-13-01"},
])
def test_a_cached_observation_with_a_value_observe_never_writes_is_refused(damage):
    from relint.learn.observe import unpack as _unpack

    good = {"path": "r.txt", "date": None, "dateline": None, "marks": [], "people": [], "about": False,
            "abouts": [], "tickers": [], "conventions": []}
    _unpack(good)
    with pytest.raises(ValueError):
        _unpack({**good, **damage})


def test_the_houses_own_about_of_one_release_is_kept_and_required_for_a_human_to_confirm(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i in range(4):
        about = f"\nAbout Acme Labs\n\n{ABOUT_A}\n" if i == 0 else ""
        (folder / f"r{i}.txt").write_text(f"Acme Grows\n\nBOSTON, June {i + 2}, 2025 — Acme® grew. Visit ACME.com or "
                                          f"#ACME today.\n{about}", encoding="utf-8")
    text, data = learned(folder, tmp_path)
    assert [(e["company"], e["required"]) for e in data["house"]["boilerplate"]] == [("Acme Labs", "always")]
    assert f"{DECIDE}: the house company's About section, in only 1 of 4 releases" in text
    assert "variants" not in data["house"]["trademarks"][0], "a web address and a hashtag are not ways of writing Acme"


def test_refusing_to_overwrite_many_files_names_a_few_and_counts_the_rest(tmp_path):
    folder = tmp_path / "published"
    folder.mkdir()
    for i, name in enumerate(["Acme", "Zenith", "Orbit", "Nova"] * 2):
        (folder / f"r{i}.txt").write_text(f"{name} Grows\n\nBOSTON, June {i + 2}, 2025 — {name} grew.\n\nAbout {name}\n\n"
                                          f"{name} makes anvils for the trade, from its works in Ohio.\n", encoding="utf-8")
    out = tmp_path / "house"
    out.mkdir()
    assert run("init", "--learn", str(folder), cwd=out).exit_code == 0
    again = run("init", "--learn", str(folder), cwd=out)
    assert again.exit_code == 2 and "and 2 more: already exists (each)" in again.output
