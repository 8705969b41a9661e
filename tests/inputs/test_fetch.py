"""A page has a total deadline: a server that trickles bytes forever is cut off, with one line."""
from __future__ import annotations

import pytest

from vnsumm.cli import main
from vnsumm.errors import InputError
from vnsumm.inputs.fetch import UrlInput, fetch
from vnsumm.inputs.sources import gather_inputs
from web_server import web_server


@pytest.fixture(scope="module")
def site():
    with web_server() as (base, served):
        yield base, served


def test_a_trickling_page_is_cut_off_at_the_deadline(site):
    base, _ = site
    # each read gets a byte within the 20 s step timeout: only the deadline on the whole page can end this
    with pytest.raises(InputError) as caught:
        fetch(f"{base}/trickle", timeout=20, deadline=0.3)
    assert str(caught.value) == f"{base}/trickle: the page was not all there after 0.3 s (the deadline for one page)"


def test_the_deadline_travels_with_each_url_input(site, tmp_path):
    base, _ = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/trickle\n", encoding="utf-8")
    inputs = gather_inputs([f"{base}/tin/xe-buyt-dien.html"], urls_file=str(urls), fetch_deadline=0.3)
    assert [inp.deadline for inp in inputs] == [0.3, 0.3]
    assert inputs[0].load(inputs[0].read()).title  # a page that arrives in time is read
    with pytest.raises(InputError, match="not all there after 0.3 s"):
        inputs[1].read()


def test_the_cli_deadline_option(site, capsys):
    base, _ = site
    assert main(["brief", f"{base}/trickle", "-c", "extractive", "--fetch-deadline", "0.3"]) == 1
    assert capsys.readouterr().err.strip() == (f"vnsumm: error: {base}/trickle: the page was not all there after "
                                               "0.3 s (the deadline for one page)")
    with pytest.raises(SystemExit) as refused:
        main(["brief", f"{base}/trickle", "-c", "extractive", "--fetch-deadline", "0"])
    assert refused.value.code == 2
    assert "--fetch-deadline: not a positive number of seconds: '0'" in capsys.readouterr().err
