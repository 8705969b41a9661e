"""The blind page sets test53 to test121 (``eval/clean_test53`` to ``eval/clean_test121``): frozen by hash, and each
maker keeps its contract on the bench's slice of vietnews_train (never /work/shared). No page is cleaned here: the
sets are scored only as a whole, by ``python eval/clean_bench.py --blind``."""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

import clean_bench as bench  # noqa: E402

SLICE = ROOT / "tests" / "data" / "vietnews_train_bench.jsonl.gz"
FROZEN = {"test53": "a5b5c3e80daa965e45b0f26e54b610ea1bcf1d384b18419a9b4d1c45967cb0c0",  # at 34bdcf4
          "test54": "ac432e88afe8afad9f608ad927597e125021567e781434ca8c4ac07bf49b638a",  # at b4bdde0
          "test55": "0a2894f6cd06159ebce903a06aa7a02fe79bccc2e6c58c6bf62387a08f098d36",  # at 03fd4e5
          "test56": "3e70c0a7bf98de8468abaeb22fcd5cfa433ecf40d8e3e88fa1c176ae5b3c3ee2",  # at 829caee
          "test57": "b8c8f1081ed9c72f8b5d77c3eaf1f934febbe7685d22ea516b9e086ba4baea75",  # at 44bd5f2
          "test58": "df83659253cb94acda3c43837bfdcb5102020ef177b4755634a3c139d6d59037",  # at 500d63e
          "test59": "536bb8ff58776ee5c065f9e92c2e4edb1e08d285e5afb5d10028117c57d02a9d",  # at 0f6462f
          "test60": "369c255f71acb874b860820dfa423dbfceb0dbb1b3233783d83dac4c405e82c5",  # at ab79779
          "test61": "5a21abd03a0426e7846d1df71d6e607560e7eb5fa1c1062d3e5809b16a10307b",  # at 73a663c
          "test62": "b813e7bc050c7efac2aa1d7da2e1b780a2fdfbafc90883ad145463705fe7386b",  # at b70ea66
          "test63": "8bdcb80c16c366035e70a92c26953a9445da565696174416a4bc94767c714f7f",  # frozen before it was scored
          "test64": "f5bc3620ca6c195231a74df6122a3f834e9b650e3cff62cf39a13edec389a997",  # at f791ef8
          "test65": "5c375f3dfe53fdd9c83bbee706693ae784cd909120d6cc953e95735094aac934",  # at 08fdf63
          "test66": "edbf4c39b98d6c3539a8bd1c7b05c634971664e86f8e3a3da8c7d28098e5f331",  # at 08fdf63
          "test67": "ff9490fe5c66d9c8b9f672aa635ce7ef616f3662c55af0460195642fdd8c2de8",  # at 08fdf63
          "test68": "c9e136cfdc9a780a0a16eb9d5face604f8ef566a292d8f072d2a355e29361d03",  # at 1e6dd0a
          "test69": "1e711cfd612a0cfa2da72e1a79ebe87e0b230c8c16622c076ea0fc3f98461d07",  # at 1e6dd0a
          "test70": "5808db09c3a273362651290d0962bab200fe1433b58beeb39c9dd8cec5b4d601",  # at 1e6dd0a
          "test71": "f3bd1375cea09563e932b0e3dc0d413097d3a0f61daa2ea0208e5f4a36d5588a",  # at 600d032
          "test72": "ddd81134947f462d0f424a129bca23071c03f6c5290731d6fe4b8c5b4ec59ae9",  # at 600d032
          "test73": "aeeb80120a1977b60cfb0f893c19a0500f824cd0d7393fb7109948f27d460f71",  # at 600d032
          "test74": "e6997f7631f6ffba29b7ca50ae8e9f01755f6b0a5de7835c10625dc67fdf8153",  # at e6b4d42 (after a one-line fix: the path as str)
          "test75": "f242101bb9ba7ea7bc0ac96a24264e9070a9064c0543bf0dc4611abb9b86bd53",  # at e6b4d42
          "test76": "7fe960235bdbbe7b6b5ac7970f95ebfb5dac8cd2652fac93ecd99a3a27dcdf42",  # at e6b4d42
          "test77": "5baa5dc5be3c93606d12ac9ee546dc912cf08b66dd8b17de8aa1f308d29b38a7",  # frozen before it was scored
          "test78": "aa328868ffd45423104738cbde5eac0781f4229f311e179cb93812c35cbb1635",  # frozen before it was scored
          "test79": "ec21f892da61b51e448704f834041898d3aa024891a634a0065d785f7b02380a",  # frozen before it was scored
          "test80": "33fc71f4ff4aa354a10082304a11509657f63f8010defbfdb011f6f890e85fb4",  # frozen before it was scored
          "test81": "5cc8f7cda345f3356abb471cea748915f071a622fb5dc338df21f0769f755b59",  # frozen before it was scored
          "test82": "e0f34d53da939f8c93ec7f6bcc69a7109dcddf6992433fab3a755e7a5348d967",  # frozen before it was scored
          "test83": "8b9683df55ed3fc5c9c4c18d3b0f4888679a8127143fb84e9302cc620aeddc8e",  # frozen before it was scored
          "test84": "a84886696786455b7ccc2bc00b51327fae28d86ea444d05b999030b7b8e82ffb",  # frozen before it was scored
          "test85": "bbbb7a1efe8f4b08c89895775aa84d17dd025d862e416604c20c766512ad8872",  # frozen before it was scored
          "test86": "caa8cd81e81cf9ee39a106c9ea315948a7413cbe069c8b796122400969fdaafc",  # frozen before it was scored
          "test87": "fdf94b019616b2ff357e78056555433f21f6f3a46c398733cf8dc00841ad25ed",  # frozen before it was scored
          "test88": "c0ee11badbea6ea303a6397d1ea7c89fd9a4a312ee593efdb1f06bee61d73d9d",  # frozen before it was scored
          "test89": "7ff003391b63583567d544df2ea12b7ace1e4e96b76905413ba859a242867dbc",  # frozen before it was scored
          "test90": "de85737e87a85577febf06e94778f58747fceeb654ec5282603bdf54c869c6bb",  # frozen before it was scored
          "test91": "811e28524c753ab243f4c1f07958d17c9f0a7fe16c63a371c87bde9a3ba5b465",  # frozen before it was scored
          "test92": "2b71af67c0a10417f6c7e7f5dfe0fb20a3df7805a183884735168b3ab81c53db",  # frozen before it was scored
          "test93": "c0028c18650891efdb24a42bc82de1c9ffb502dff804cb3565b097d18b9e77e1",  # frozen before it was scored
          "test94": "146c4a6198eb874a12ec870e3ad169725e78701b92f1c27a09cbc9d08bce8e57",  # frozen before it was scored
          "test95": "34d6434531f6ef525f2b6324a4628c20ffa4fd065aa2a290a50a2e9eba1719a3",  # frozen before it was scored
          "test96": "7c86fad841391da7d522d9f328b3a65253df39ea1d8d450e519a95d61493f009",  # frozen before it was scored
          "test97": "b6371b21dc7f8ddc94eac6f7fc2c7b1792055c06950357c947a1f5f057205458",  # frozen before it was scored
          "test98": "5bd23796109fba6bf43c6aca6e4f16c00358c0f91af3ef2e6762bb74aa32e83b",  # frozen before it was scored
          "test99": "6e31c21e900f8835aaf7b72a8fe41cdde264b1f7bcbc7edcd7716272c5408291",  # frozen before it was scored
          "test100": "d39578c35f7b1713bef1cdaacd8b15077e2ad0132d46dc6666f1bcdc54b70508",  # frozen before it was scored
          "test101": "8c5d0f6e235b5d4c1a84fd74b26d402d4d3aa2de076f25db29ffdac72acf4627",  # frozen before it was scored
          "test102": "2e64fdbe84a5bc65c04e39674f05c8021eb18d419891a9f417dea92dcbb9701a",  # frozen before it was scored
          "test103": "b1a657a139caa01e8ecdcaeb931c4c129bac78c48875323fc91445a41bf69813",  # frozen before it was scored
          "test104": "1e1eb22cbded472caceea7536cc23a420a54e5b351a2956e37096c3a59ba6991",  # frozen before it was scored
          "test105": "bd4d523c7dc5b0d81c471d75421e8632c2c677fea3d4c659f3af9968f7328337",  # frozen before it was scored
          "test106": "a23a6da0b917e011e96b7a573762141cfa91e48ca1506e3a02def5a0bdde2892",  # frozen before it was scored
          "test107": "33db6bf06101f49b01e272e7aa2cd73eae648256891a09fd5e482272b6102ac8",  # frozen before it was scored
          "test108": "98248c26fcb800a13233fb52d67432ea327c8dd4bd019510ca2249079e06627a",  # frozen before it was scored
          "test109": "ef085e7a7e314c2824e414947f86ca27f0cfd3e7151c26df5e06161f5a1ebd45",  # frozen before it was scored
          "test110": "e01c8ab03859efc1061bc97eabde1979f19281774d21bde6f31c05b1cbec7209",  # frozen before it was scored
          "test111": "8e1e921c977f041730ba883d077f1b767f1ca6ef12a72a54ed42822b909a7397",  # frozen before it was scored
          "test112": "b9d3eb1334fb8c7fefeeca8cf8b440c2d2e677b55a337b10a58980f52cd318db",  # frozen before it was scored
          "test113": "c8910a44f92a5b78d726b390fd35a4ac46856a0ca44203d3a1d63a133e6e23da",  # frozen before it was scored
          "test114": "c712ba7c34dc76d166aaf188198b1aa6ad9da0656951e980ff0bfc4e924a3ddb",  # frozen before it was scored
          "test115": "cc56623fd52e397190c66008ef547cce185e4c3ea0a4a11f9eda33f21a3bc8ee",  # frozen before it was scored
          "test116": "d50de41af9d918e3aa05b6ee14f58e80d6f128e0a1f9a65d86587a7f67deeda8",  # frozen before it was scored
          "test117": "b1a8510a2775a9682cd7d3b61aad4d641c07f6ea343eddee4cb16f9429007fc4",  # frozen before it was scored
          "test118": "12599960157316857748bfb52cf929602691ec0c82e642d5264dc4f0f64c4f01",  # frozen before it was scored
          "test119": "4dae5d486a13a195c2b20f016bc5dc49a01c40b3cda1f2a8e2af4562a8a5bb4d",  # frozen before it was scored
          "test120": "023ee20526a8e0bd0ccca4ec6f07adaad74765c778d1b77b9bcc3a5c08699352",  # frozen before it was scored
          "test121": "7854bf1d1de4c8f1bf943821be9e8c0c60a7215a8f6c2719362732469126f805"}  # frozen before it was scored
KINDS = ("byline", "credit", "caption", "related", "widget")


def _key(text: str) -> str:
    text = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", unicodedata.normalize("NFC", text))
    return "".join(text.split()).casefold()


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_a_blind_maker_is_the_one_frozen_before_it_was_scored(name):
    assert hashlib.sha256(bench.BLIND_MAKERS[name].read_bytes()).hexdigest() == FROZEN[name]
    assert name not in bench.PAGE_MAKERS and name not in bench.TRAIN_MAKERS  # never a dev set, never training


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_a_blind_makers_pages_keep_its_contract(name):
    pages = bench.heldout_pages(SLICE, name)
    assert len(pages) >= 50
    for page in pages:
        lines = page.text.split("\n")
        assert all(line and line == line.strip() for line in lines)
        assert all(sentence and sentence in page.text for sentence in page.body)
        assert {kind for kind, _ in page.furniture} <= set(KINDS)
        body_keys = {_key(sentence) for sentence in page.body}
        assert not any(_key(line) in body_keys for _, line in page.furniture)
        labelled = {line for _, line in page.furniture}
        story = {line for line in lines if any(line == " ".join(page.body[i:i + n]) for i in range(len(page.body))
                                                 for n in (1, 2, 3, 4))}
        assert len([line for line in lines if line not in labelled and line not in story]) <= 3


def test_blind_scoring_refuses_line_by_line_or_partial_runs():
    for extra in (["--verbose"], ["--limit", "5"], ["--no-test"]):
        with pytest.raises(SystemExit) as stop:
            bench.main(["--blind", *extra])
        assert stop.value.code == 2
